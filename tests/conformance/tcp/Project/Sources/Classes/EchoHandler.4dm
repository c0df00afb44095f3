// options of a server-side connection: echoes data, closes when the client has closed
Class constructor($server : Object)
	This.server:=$server

Function onConnection($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	This.server.serverConnection:=$connection
	This.server.serverListener:=$connection.listener

Function onData($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	This.server.serverReceived:=String(This.server.serverReceived)+Convert to text($event.data; "utf-8")
	$connection.send($event.data)

Function onShutdown($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	$connection.shutdown()
