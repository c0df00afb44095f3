// Doc: https://developer.4d.com/docs/API/TCPListenerClass#tcplistener-object
// A TCPListener object is a shared object
var $listener : 4D.TCPListener:=4D.TCPListener.new(0; cs.ListenerLog.new())
ASSERT(OB Is shared($listener); "listener not shared")
Use (Storage)
	Storage.listener:=$listener
End use
ASSERT(Storage.listener.port=$listener.port; "not stored")
$listener.terminate()
