// Handles one connection accepted by cs.EchoServer: each line received is answered with
// "echo: <line>". Data arrives in chunks of any size, so incomplete lines wait in
// This.pending until their line feed arrives.
property server : cs.EchoServer
property pending : Text

Class constructor($server : cs.EchoServer)
	This.server:=$server
	This.pending:=""
	
Function onData($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	var $position : Integer
	var $line : Text
	var $answer : Blob
	
	This.pending:=This.pending+Convert to text($event.data; "utf-8")
	$position:=Position("\n"; This.pending)
	While ($position>0)
		$line:=Substring(This.pending; 1; $position-1)
		This.pending:=Substring(This.pending; $position+1)
		This.server.lines+=1
		TEXT TO BLOB("echo: "+$line+"\n"; $answer; UTF8 text without length)
		$connection.send($answer)
		$position:=Position("\n"; This.pending)
	End while
	
Function onShutdown($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	ALERT("server: the client closed the connection")
	
Function onError($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	ALERT("server: connection error: "+$connection.errors[0].message)
