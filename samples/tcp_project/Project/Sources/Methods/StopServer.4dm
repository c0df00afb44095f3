//%attributes = {"invisible":false,"preemptive":"capable"}
// Runs in the worker "tcp_server" (the listener must be terminated by the process that
// created it): stop listening. The listener's onTerminate prints the summary.
vServer.stop()
