// Doc: https://developer.4d.com/docs/API/TCPListenerClass#errors
// Follows: tcp.md §7 [Decision 5]: no exception from new(), onError then onTerminate
// A listener that cannot listen reports it through onError and .errors, then onTerminate
var $first : 4D.TCPListener:=4D.TCPListener.new(0; cs.ListenerLog.new())
var $opts : cs.ListenerLog:=cs.ListenerLog.new()
var $second : 4D.TCPListener:=4D.TCPListener.new($first.port; $opts)
var $probe : 4D.TCPConnection:=4D.TCPConnection.new("127.0.0.1"; $first.port; New object)
$probe.shutdown()
$probe.wait(5)
$first.terminate()
ASSERT($opts.log.join(",")="onError:error,onTerminate:terminate"; "log "+$opts.log.join(","))
ASSERT($second.errors.length>0; "no error in .errors")
