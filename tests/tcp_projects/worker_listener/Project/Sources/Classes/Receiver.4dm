Class extends Communication

property total : Integer
property data : 4D.Blob

Class constructor
	Super()
	This.total:=0
	This.data:=4D.Blob.new()
	
Function onData($connection : 4D.TCPConnection; $event : 4D.TCPEvent)
	var $header : Object
	If (This.total=0)
		$header:=This.fromHeader($event.data)
		If ($header#Null) && (Num($header.size)>0)
			This.total:=$header.size
			$connection.send(This.toHeader({message: "send "+String(This.total); processes: Process activity.processes.length}))
		End if 
		return 
	End if 
	var $buf : Blob
	$buf:=This.data
	COPY BLOB($event.data; $buf; 0; BLOB size($buf); $event.data.size)
	This.data:=$buf
	If (This.data.size=This.total)
		$connection.send(This.toHeader({message: "got "+String(This.data.size); complete: True}))
		This.total:=0
		This.data:=4D.Blob.new()
	End if 
