// Doc: https://developer.4d.com/docs/API/TCPConnectionClass#send
// If the connection is not established yet, the data is sent once it is
var $server : cs.EchoServer:=cs.EchoServer.new()
var $client : 4D.TCPConnection:=4D.TCPConnection.new("127.0.0.1"; $server.listener.port; cs.Recorder.new())
var $blob : Blob
TEXT TO BLOB("early"; $blob; UTF8 text without length)
$client.send($blob)
$client.shutdown()
$client.wait(5)
$server.listener.terminate()
ASSERT($server.serverReceived="early"; "server got "+String($server.serverReceived))
