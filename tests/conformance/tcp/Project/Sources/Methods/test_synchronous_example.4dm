// Doc: https://developer.4d.com/docs/API/TCPConnectionClass#synchronous-example
// Follows: tcp.md §7 [Decision 1]: wait(0) waits until the end, so the queued send is flushed; the example's port 10000 is replaced by the test server's port
// new() with an empty options object, send(), shutdown(), wait(0): the server receives the message
var $server : cs.EchoServer:=cs.EchoServer.new()
var $domain : Text:="127.0.0.1"
var $port : Integer:=$server.listener.port
var $options : Object:=New object()
var $tcpClient : 4D.TCPConnection
var $message : Text:="test message"
$tcpClient:=4D.TCPConnection.new($domain; $port; $options)
var $blobData : Blob
TEXT TO BLOB($message; $blobData; UTF8 text without length)
$tcpClient.send($blobData)
$tcpClient.shutdown()
$tcpClient.wait(0)
$server.listener.terminate()
ASSERT($server.serverReceived="test message"; "server got "+String($server.serverReceived))
