//%attributes = {"invisible":false,"preemptive":"capable"}
// Runs in the worker "tcp_client": connect to the server and send three lines. The lines
// are sent before the connection is established: 4D queues them until it is.
#DECLARE($port : Integer)

vClient:=cs.AsyncClient.new("127.0.0.1"; $port)
vClient.connect()
vClient.sendLines(["hello"; "4D"; "bye"])
