// Doc: https://developer.4d.com/docs/API/TCPListenerClass#example
// Follows: tcp.md §4.3 [Decision 2]: the property is address (some pages call it ip)
// The listener's connection event gives the client's address
var $r : Object:=echoRoundTrip("x")
ASSERT($r.server.peerAddress="127.0.0.1"; "address "+String($r.server.peerAddress))
