// Doc: https://developer.4d.com/docs/API/TCPListenerClass#port
// Follows: tcp.md §7 [Decision 13]: port 0 is an ephemeral port reported by .port
// A listener on port 0 reports the port it listens on in .port (read-only)
var $opts : cs.ListenerLog:=cs.ListenerLog.new()
var $listener : 4D.TCPListener:=4D.TCPListener.new(0; $opts)
ASSERT($listener.port>0; "port "+String($listener.port))
$listener.terminate()
