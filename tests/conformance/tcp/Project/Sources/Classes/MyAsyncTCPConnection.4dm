// the TCPConnection page's asynchronous example (ALERTs replaced by a log)
Class constructor($url : Text; $port : Integer)
	This.connection:=Null
	This.url:=$url
	This.port:=$port
	This.log:=[]

Function connect()
	This.connection:=4D.TCPConnection.new(This.url; This.port; This)

Function disconnect()
	This.connection.shutdown()
	This.connection:=Null

Function getInfo()
	var $blob : Blob
	TEXT TO BLOB("Information"; $blob)
	This.connection.send($blob)

Function onConnection($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	This.log.push("Connection established")

Function onShutdown($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	This.log.push("Connection closed")

Function onData($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	This.log.push(BLOB to text($event.data; UTF8 text without length))

Function onError($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	This.log.push("Connection error")

Function onTerminate($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	This.log.push("Connection terminated")
