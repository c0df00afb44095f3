// Doc: https://developer.4d.com/docs/API/TCPListenerClass#terminate
// terminate() closes the listener and releases the port; onTerminate is triggered
var $opts : cs.ListenerLog:=cs.ListenerLog.new()
var $listener : 4D.TCPListener:=4D.TCPListener.new(0; $opts)
var $port : Integer:=$listener.port
$listener.terminate()
var $rec : cs.Recorder:=cs.Recorder.new()
var $client : 4D.TCPConnection:=4D.TCPConnection.new("127.0.0.1"; $port; $rec)
$client.wait(5)
ASSERT($opts.log.join(",")="onTerminate:terminate"; "listener log "+$opts.log.join(","))
ASSERT($rec.log.indexOf("onConnection:connection")<0; "a client connected after terminate()")
