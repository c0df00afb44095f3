// the TCPListener page's example class (its MyAsyncTCPConnection handler replaced by EchoHandler)
property listener : 4D.TCPListener

Class constructor($port : Integer)
	This.listener:=4D.TCPListener.new($port; This)

Function terminate()
	This.listener.terminate()

Function onConnection($listener : 4D.TCPListener; $event : 4D.TCPEvent)->$result
	//when connected, start a server to handle the communication
	If ($event.address # "192.168.@")
		$result:=Null //in some cases you can reject the connection
	Else
		$result:=cs.EchoHandler.new(This)
	End if

Function onError($listener : 4D.TCPListener; $event : 4D.TCPEvent)

Function onTerminate($listener : 4D.TCPListener; $event : 4D.TCPEvent)
	This.terminated:=True
