// listener options: accepts every client with an EchoHandler and remembers what it saw
property listener : 4D.TCPListener

Class constructor()
	This.accepted:=0
	This.listenerEvents:=[]
	This.listener:=4D.TCPListener.new(0; This)

Function onConnection($listener : 4D.TCPListener; $event : 4D.TCPEvent) : Object
	This.accepted+=1
	This.listenerEvents.push($event.type)
	This.peerAddress:=$event.address
	return cs.EchoHandler.new(This)

Function onTerminate($listener : 4D.TCPListener; $event : 4D.TCPEvent)
	This.listenerEvents.push($event.type)
