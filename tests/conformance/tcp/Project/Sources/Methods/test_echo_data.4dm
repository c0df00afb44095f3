// Doc: https://developer.4d.com/docs/API/TCPConnectionClass#send
// send() sends data to the server; the echo comes back through onData
var $r : Object:=echoRoundTrip("hello server")
ASSERT($r.server.serverReceived="hello server"; "server got "+String($r.server.serverReceived))
ASSERT($r.client.received="hello server"; "client got "+$r.client.received)
