// 4D.SystemWorker (API/SystemWorkerClass.md): callbacks in a worker process (CALL WORKER), no wait()
#DECLARE($mode : Text; $text : Text)
Case of 
	: ($mode="start")
		var $o : Object
		$o:=New object
		$o.onResponse:=Formula(CALL WORKER(1; "systemworker_worker"; "response"; $1.response))
		$o.onTerminate:=Formula(CALL WORKER(1; "systemworker_worker"; "terminate"; String($1.exitCode)))
		4D.SystemWorker.new("printf from-worker"; $o)
	: ($mode="response")
		ALERT("onResponse in the worker: "+$text)
	: ($mode="terminate")
		ALERT("onTerminate in the worker: exitCode="+$text)
		KILL WORKER("sw")
		// a worker of process 1, created while it dispatches after the end of the script
		4D.SystemWorker.new("printf main"; New object("onTerminate"; Formula(ALERT("process 1 worker: "+$1.response))))
	Else 
		CALL WORKER("sw"; "systemworker_worker"; "start")
		ALERT("end of script")
End case 
