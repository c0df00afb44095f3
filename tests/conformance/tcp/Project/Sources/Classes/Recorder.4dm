// options object of a client TCPConnection: records "callback:type" for each event
property log : Collection
property received : Text

Class constructor()
	This.log:=[]
	This.received:=""

Function onConnection($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	This.log.push("onConnection:"+$event.type)

Function onData($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	If (This.log.indexOf("onData:data")<0)
		This.log.push("onData:"+$event.type)
	End if
	This.received:=This.received+BLOB to text($event.data; UTF8 text without length)
	This.dataIsBlob:=OB Instance of($event.data; 4D.Blob)

Function onShutdown($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	This.log.push("onShutdown:"+$event.type)

Function onError($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	This.log.push("onError:"+$event.type)
	This.errors:=$connection.errors

Function onTerminate($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	This.log.push("onTerminate:"+$event.type)
