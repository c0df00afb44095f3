// Doc: https://developer.4d.com/docs/API/TCPConnectionClass#options-parameter
// Callbacks may be Formula objects in a plain options object; This is the options object
var $server : cs.EchoServer:=cs.EchoServer.new()
var $opts : Object:=New object("log"; New collection)
$opts.onConnection:=Formula(This.log.push($2.type))
$opts.onShutdown:=Formula(This.log.push($2.type))
$opts.onTerminate:=Formula(This.log.push($2.type))
var $client : 4D.TCPConnection:=4D.TCPConnection.new("127.0.0.1"; $server.listener.port; $opts)
$client.shutdown()
$client.wait(5)
$server.listener.terminate()
ASSERT($opts.log.join(",")="connection,close,terminate"; "log "+$opts.log.join(","))
