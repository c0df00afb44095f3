// Doc: https://developer.4d.com/docs/API/TCPConnectionClass#send
// Follows: tcp.md §7 [Decision 11]: a non-Blob value raises the usual type error
// send() takes a Blob: passing a Text is an error
var $server : cs.EchoServer:=cs.EchoServer.new()
var $client : 4D.TCPConnection:=4D.TCPConnection.new("127.0.0.1"; $server.listener.port; New object)
var $failed : Boolean:=False
Try
	$client.send("text")
Catch
	$failed:=True
End try
ASSERT($failed; "send(Text) gave no error")
$client.shutdown()
$client.wait(5)
$server.listener.terminate()
