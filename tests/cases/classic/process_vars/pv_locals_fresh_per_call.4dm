  // language.md §3.3: locals are per call while a process variable persists across calls
C_LONGINT($1)
C_LONGINT($local)
If (Count parameters=0)
	vPvCalls:=0
	pv_locals_fresh_per_call(1)
	pv_locals_fresh_per_call(1)
	pv_locals_fresh_per_call(1)
	ALERT("calls="+String(vPvCalls))
Else 
	$local:=$local+1
	vPvCalls:=vPvCalls+1
	ALERT("local="+String($local)+" process="+String(vPvCalls))
End if 
