// Doc: https://developer.4d.com/docs/API/TCPEventClass#tcpevent-object
// Follows: tcp.md §4 [Decision]: assignment raises a 4D error
// A TCPEvent object is immutable: assigning a property is an error
var $server : cs.EchoServer:=cs.EchoServer.new()
var $opts : Object:=New object("onConnection"; Formula(Try($2.type:="changed")); "seen"; "")
$opts.onShutdown:=Formula(This.seen:=$2.type)
var $client : 4D.TCPConnection:=4D.TCPConnection.new("127.0.0.1"; $server.listener.port; $opts)
$client.shutdown()
$client.wait(5)
$server.listener.terminate()
ASSERT($opts.seen="close"; "seen "+$opts.seen)
