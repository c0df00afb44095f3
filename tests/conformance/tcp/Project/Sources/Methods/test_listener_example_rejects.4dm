// Doc: https://developer.4d.com/docs/API/TCPListenerClass#example
// The page's listener returns Null for an address not matching "192.168.@": the loopback client is refused
var $server : cs.ListenerExample:=cs.ListenerExample.new(0)
var $rec : cs.Recorder:=cs.Recorder.new()
var $client : 4D.TCPConnection:=4D.TCPConnection.new("127.0.0.1"; $server.listener.port; $rec)
$client.wait(5)
$server.terminate()
ASSERT($server.serverConnection=Null; "a server-side connection was created")
ASSERT($rec.log[$rec.log.length-1]="onTerminate:terminate"; "client log "+$rec.log.join(","))
ASSERT($rec.log.indexOf("onData:data")<0; "data received")
