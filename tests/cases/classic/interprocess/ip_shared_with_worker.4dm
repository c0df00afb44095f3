  // language.md §3.3/§10: an interprocess variable is shared by all processes: a worker reads the main process's value
C_TEXT($1)
If (Count parameters=0)
	<>vIpFromMain:="set by main"
	CALL WORKER("ip_worker";"ip_shared_with_worker";"worker")
Else 
	ALERT("worker reads: "+<>vIpFromMain)
End if 
