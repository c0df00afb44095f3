// fourd sample — the main demo: a 4D.TCPListener and a 4D.TCPConnection talking to each
// other in one script. Try it: fourd run samples/tcp_demo.4dm
//
// The server answers everything it receives in upper case; the client sends two lines,
// prints the answers, then closes the connection, and the script stops the server.
// Callbacks run in this process: after the script's last line, or while it is blocked in
// .wait(). Each callback is a Formula calling this very method (tcp_demo, the file's name)
// with the name of the event in $action; plain objects hold the callbacks (a project
// folder would use classes instead: see samples/tcp_project).
#DECLARE($action : Text; $target : Object; $event : Object) -> $result : Object

var $text : Text
var $blob : Blob

Case of
	: ($action="")  // the script itself
		var $listener : 4D.TCPListener
		var $client : 4D.TCPConnection
		
		$listener:=4D.TCPListener.new(0; New object(\
			"onConnection"; Formula(tcp_demo("accept"; $1; $2)); \
			"onTerminate"; Formula(tcp_demo("server stopped"; $1; $2))))
		
		vReceived:=""
		$client:=4D.TCPConnection.new("127.0.0.1"; $listener.port; New object(\
			"onConnection"; Formula(tcp_demo("client connected"; $1; $2)); \
			"onData"; Formula(tcp_demo("client data"; $1; $2)); \
			"onShutdown"; Formula(tcp_demo("client closed"; $1; $2)); \
			"onError"; Formula(tcp_demo("client error"; $1; $2))))
		
		// sent before the connection is established: queued, then sent
		TEXT TO BLOB("hello, server\nhow are you?\n"; $blob; UTF8 text without length)
		$client.send($blob)
		ALERT("client: sent 2 lines")
		
		$client.wait(10)  // dispatches every event of this process until onTerminate
		$listener.terminate()
		
	: ($action="accept")  // listener onConnection: return the new connection's options
		$result:=New object(\
			"onData"; Formula(tcp_demo("server data"; $1; $2)); \
			"onShutdown"; Formula(tcp_demo("server closed"; $1; $2)))
		
	: ($action="server data")
		$text:=Convert to text($event.data; "utf-8")
		CONVERT FROM TEXT(Uppercase($text; *); "utf-8"; $blob)
		$target.send($blob)
		
	: ($action="server closed")
		ALERT("server: the client closed the connection")
		
	: ($action="server stopped")
		ALERT("server: stopped")
		
	: ($action="client connected")
		ALERT("client: connected")
		
	: ($action="client data")
		vReceived:=vReceived+Convert to text($event.data; "utf-8")
		If (Split string(vReceived; "\n"; sk ignore empty strings).length=2)
			For each ($text; Split string(vReceived; "\n"; sk ignore empty strings))
				ALERT("client: received "+$text)
			End for each
			$target.shutdown()  // half-close: the server sees the end, then closes too
		End if
		
	: ($action="client closed")
		ALERT("client: connection closed")
		
	: ($action="client error")
		ALERT("client: "+$target.errors[0].message)
End case
