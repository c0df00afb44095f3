// Doc: https://developer.4d.com/docs/API/TCPConnectionClass#callback-functions
// Follows: tcp.md §7 [Decision 4]: new() does not throw, the failure comes through the callbacks
// A failed connection triggers onError then onTerminate (no onConnection); .errors holds errCode, message, componentSignature
var $l : 4D.TCPListener:=4D.TCPListener.new(0; cs.ListenerLog.new())
var $port : Integer:=$l.port
$l.terminate()
var $rec : cs.Recorder:=cs.Recorder.new()
var $client : 4D.TCPConnection:=4D.TCPConnection.new("127.0.0.1"; $port; $rec)
$client.wait(5)
ASSERT($rec.log.join(",")="onError:error,onTerminate:terminate"; "log "+$rec.log.join(","))
ASSERT($rec.errors.length>0; "no error recorded")
ASSERT((Value type($rec.errors[0].errCode)=Is real) & (Value type($rec.errors[0].message)=Is text) & (Value type($rec.errors[0].componentSignature)=Is text); "error object "+JSON Stringify($rec.errors[0]))
