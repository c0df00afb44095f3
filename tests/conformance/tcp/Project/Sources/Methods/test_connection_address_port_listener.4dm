// Doc: https://developer.4d.com/docs/API/TCPConnectionClass#address
// Follows: tcp.md §2.4 [Decisions]: a client's .address is the text given to new() and its .listener is Null
// .address/.port describe the remote machine; .listener is the listener that created a server-side connection
var $r : Object:=echoRoundTrip("x")
var $client : 4D.TCPConnection:=$r.connection
ASSERT($client.address="127.0.0.1"; "client address "+$client.address)
ASSERT($client.port=$r.server.listener.port; "client port "+String($client.port))
ASSERT($client.listener=Null; "client listener not null")
ASSERT($r.server.serverListener=$r.server.listener; "server-side .listener")
ASSERT($r.server.serverConnection.address="127.0.0.1"; "server-side address")
