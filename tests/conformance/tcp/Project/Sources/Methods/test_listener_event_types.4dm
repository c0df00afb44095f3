// Doc: https://developer.4d.com/docs/API/TCPEventClass#type
// The listener's onConnection receives an event of type "connection", once per client
var $r : Object:=echoRoundTrip("x")
ASSERT($r.server.listenerEvents[0]="connection"; "events "+$r.server.listenerEvents.join(","))
ASSERT($r.server.accepted=1; "accepted "+String($r.server.accepted))
