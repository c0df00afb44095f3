// An asynchronous TCP client, in the style of the 4D documentation's
// cs.MyAsyncTCPConnection: the client object is the options object of its
// 4D.TCPConnection, so its functions are the callbacks (This = the client).
property host : Text
property port : Integer
property connection : 4D.TCPConnection
property expected : Integer
property received : Text

Class constructor($host : Text; $port : Integer)
	This.host:=$host
	This.port:=$port
	This.received:=""
	
Function connect()
	This.connection:=4D.TCPConnection.new(This.host; This.port; This)
	
Function disconnect()
	This.connection.shutdown()  // we are done sending; the server closes its side next
	This.connection:=Null  // 4D keeps the connection alive until onTerminate
	
Function sendLines($lines : Collection)
	var $blob : Blob
	TEXT TO BLOB($lines.join("\n")+"\n"; $blob; UTF8 text without length)
	This.expected:=$lines.length
	This.connection.send($blob)
	
Function onConnection($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	ALERT("client: connected")
	
Function onData($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	var $lines : Collection
	var $line : Text
	
	This.received:=This.received+Convert to text($event.data; "utf-8")
	$lines:=Split string(This.received; "\n"; sk ignore empty strings)
	If ($lines.length=This.expected)
		For each ($line; $lines)
			ALERT("client: "+$line)
		End for each
		This.disconnect()
	End if
	
Function onShutdown($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	ALERT("client: connection closed")
	CALL WORKER("tcp_server"; "StopServer")
	
Function onError($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	ALERT("client: "+$connection.errors[0].message)
	CALL WORKER("tcp_server"; "StopServer")
