//%attributes = {"invisible":false,"preemptive":"capable"}
// Runs in the worker "tcp_server". vServer is a process variable: the worker keeps it
// between messages (StopServer uses it), and the listener's callbacks run in this worker.
vServer:=cs.EchoServer.new(0)  // port 0: any free port, then vServer.listener.port
If (vServer.listener.errors.length=0)  // bound (a failure went to EchoServer.onError)
	ALERT("server: listening")
	CALL WORKER("tcp_client"; "RunClient"; vServer.listener.port)
End if
