// Doc: https://developer.4d.com/docs/API/TCPConnectionClass#tcpconnection-object
// A TCPConnection object is a non-sharable object: it cannot go into a shared object
var $server : cs.EchoServer:=cs.EchoServer.new()
var $client : 4D.TCPConnection:=4D.TCPConnection.new("127.0.0.1"; $server.listener.port; cs.Recorder.new())
var $so : Object:=New shared object
var $failed : Boolean:=False
Try
	Use ($so)
		$so.c:=$client
	End use
Catch
	$failed:=True
End try
ASSERT($failed; "a TCPConnection went into a shared object")
$client.shutdown()
$client.wait(5)
$server.listener.terminate()
