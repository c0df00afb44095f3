// Doc: https://developer.4d.com/docs/API/TCPConnectionClass#callback-functions
// onConnection, then onData, then onShutdown (properly closed), and onTerminate last
var $r : Object:=echoRoundTrip("ping")
ASSERT($r.client.log.join(",")="onConnection:connection,onData:data,onShutdown:close,onTerminate:terminate"; "log "+$r.client.log.join(","))
