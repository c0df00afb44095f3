  // language.md §3.3/§10: process variables have one instance per process: a worker does not see the main process's value
C_TEXT($1)
If (Count parameters=0)
	C_LONGINT(vPvPerProcess)
	vPvPerProcess:=5
	ALERT("main "+String(vPvPerProcess))
	CALL WORKER("pv_worker";"pv_not_shared_with_worker";"worker")
Else 
	C_LONGINT(vPvPerProcess)
	ALERT("worker "+String(vPvPerProcess))
End if 
