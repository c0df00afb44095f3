// A TCP server: the options object of its 4D.TCPListener is the server itself, and its
// onConnection returns a new cs.ConnectionHandler for every accepted connection (returning
// Null would refuse the connection).
property listener : 4D.TCPListener
property connections : Integer
property lines : Integer

Class constructor($port : Integer)
	This.connections:=0
	This.lines:=0
	This.listener:=4D.TCPListener.new($port; This)
	
Function stop()
	This.listener.terminate()
	
Function onConnection($listener : 4D.TCPListener; $event : 4D.TCPEvent) : cs.ConnectionHandler
	This.connections+=1
	return cs.ConnectionHandler.new(This)
	
Function onError($listener : 4D.TCPListener; $event : 4D.TCPEvent)
	ALERT("server: "+$listener.errors[0].message)
	
Function onTerminate($listener : 4D.TCPListener; $event : 4D.TCPEvent)
	ALERT("server: stopped after "+String(This.connections)+" connection(s) and "+\
		String(This.lines)+" line(s)")
