  // language.md §3.3: local arrays are per call (the recursive call gets its own $a)
C_LONGINT($1)
ARRAY LONGINT($a;0)
If (Count parameters=0)
	APPEND TO ARRAY($a;1)
	APPEND TO ARRAY($a;2)
	arr_local_arrays_per_call(1)
	ALERT("caller size "+String(Size of array($a)))
Else 
	APPEND TO ARRAY($a;9)
	ALERT("callee size "+String(Size of array($a)))
End if 
