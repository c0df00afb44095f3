// listener options recording its callbacks
Class constructor()
	This.log:=[]

Function onError($listener : 4D.TCPListener; $event : 4D.TCPEvent)
	This.log.push("onError:"+$event.type)
	This.errors:=$listener.errors

Function onTerminate($listener : 4D.TCPListener; $event : 4D.TCPEvent)
	This.log.push("onTerminate:"+$event.type)
