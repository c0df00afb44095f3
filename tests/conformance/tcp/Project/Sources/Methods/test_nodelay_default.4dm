// Doc: https://developer.4d.com/docs/API/TCPConnectionClass#options-parameter
// noDelay defaults to False
var $server : cs.EchoServer:=cs.EchoServer.new()
var $client : 4D.TCPConnection:=4D.TCPConnection.new("127.0.0.1"; $server.listener.port; New object)
ASSERT($client.noDelay=False; "noDelay "+String($client.noDelay))
$client.shutdown()
$client.wait(5)
$server.listener.terminate()
