  // language.md §3.3/§10: a worker modifies an interprocess variable, the main process (process 1) then reads it
C_TEXT($1)
If (Count parameters=0)
	<>vIpRound:=1
	CALL WORKER("ip_rt_worker";"ip_worker_writes_main_reads";"worker")
Else 
	Case of 
		: ($1="worker")
			<>vIpRound:=<>vIpRound+41
			CALL WORKER(1;"ip_worker_writes_main_reads";"back")
		: ($1="back")
			ALERT("main reads "+String(<>vIpRound))
	End case 
End if 
