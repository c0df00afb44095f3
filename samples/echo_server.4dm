// fourd sample: a TCP echo server. Try it: fourd run samples/echo_server.4dm 9000
// then, from another shell: fourd run samples/tcp_client.4dm 127.0.0.1 9000 "hello"
// (or nc 127.0.0.1 9000, or the load generator: python3 loadgen.py --port 9000 --mode echo).
// Every byte received is sent back unchanged on the same connection. Port 0 or no
// argument: a free port is chosen and printed. Stop it with Ctrl-C (exit code 130).
#DECLARE($port : Integer)

var $connectionOptions : Object
var $listener : 4D.TCPListener

// one options object shared by every accepted connection: This is that object in the
// callbacks, $1 the connection and $2 the event
$connectionOptions:=New object(\
	"noDelay"; True; \
	"onData"; Formula($1.send($2.data)))

// onError: the port cannot be used (in use, no permission): throwing the error ends the
// run with it on stderr and exit code 1
$listener:=4D.TCPListener.new($port; New object(\
	"onConnection"; Formula($connectionOptions); \
	"onError"; Formula(throw($1.errors[0]))))

If ($listener.errors.length=0)  // bound: only now is it true that we listen
	ALERT("echo_server: listening on port "+String($listener.port))
End if
