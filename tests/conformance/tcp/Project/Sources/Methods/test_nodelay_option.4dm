// Doc: https://developer.4d.com/docs/API/TCPConnectionClass#nodelay
// Follows: tcp.md §7 [Decision 14]: assigning a read-only property is a 4D error
// The noDelay option sets .noDelay, which is read-only
var $server : cs.EchoServer:=cs.EchoServer.new()
var $opts : Object:=cs.Recorder.new()
$opts.noDelay:=True
var $client : 4D.TCPConnection:=4D.TCPConnection.new("127.0.0.1"; $server.listener.port; $opts)
ASSERT($client.noDelay=True; "noDelay "+String($client.noDelay))
var $failed : Boolean:=False
Try
	$client.noDelay:=False
Catch
	$failed:=True
End try
ASSERT($failed; "noDelay was assigned")
$client.shutdown()
$client.wait(5)
$server.listener.terminate()
