property listener : 4D.TCPListener

Class constructor($port : Integer)
	This.listener:=4D.TCPListener.new($port; This)
	ALERT("listening on port "+String(This.listener.port)+" in process "+Current process name)
	
Function onConnection($listener : 4D.TCPListener; $event : 4D.TCPEvent) : cs.Receiver
	return cs.Receiver.new()
