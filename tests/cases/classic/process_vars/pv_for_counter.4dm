  // language.md §5: a For counter may be a process variable; it is visible to called methods
C_LONGINT($1)
If (Count parameters=0)
	vPvLog:=""
	For (vPvI;1;3)
		pv_for_counter(1)
	End for 
	ALERT(vPvLog)
	ALERT(String(vPvI))
Else 
	vPvLog:=vPvLog+String(vPvI)
End if 
