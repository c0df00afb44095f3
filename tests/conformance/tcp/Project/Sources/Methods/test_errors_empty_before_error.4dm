// Doc: https://developer.4d.com/docs/API/TCPConnectionClass#errors
// Follows: tcp.md §7 [Decision 7]: an empty collection before any error
// .errors is a collection of error objects; before any error it is empty
var $r : Object:=echoRoundTrip("x")
var $client : 4D.TCPConnection:=$r.connection
ASSERT(Value type($client.errors)=Is collection; "type "+String(Value type($client.errors)))
ASSERT($client.errors.length=0; "errors "+JSON Stringify($client.errors))
ASSERT($r.server.listener.errors.length=0; "listener errors "+JSON Stringify($r.server.listener.errors))
