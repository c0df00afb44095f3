  // language.md §3.3: a process variable created by assignment in a called method is visible to the caller
C_LONGINT($1)
If (Count parameters=0)
	pv_callee_creates(1)
	ALERT(vPvMadeByCallee)
Else 
	vPvMadeByCallee:="created in callee"
End if 
