// fourd sample: a minimal HTTP/1.1 server with keep-alive.
// Try it: fourd run samples/http_hello.4dm 8080   then: curl -v http://127.0.0.1:8080/
// (or the load generator: python3 loadgen.py --port 8080 --mode http -c 50)
// Every request (a GET without body) gets the same 78-byte answer:
//   HTTP/1.1 200 OK, Content-Type: text/plain, Content-Length: 13, body "Hello, World!"
// The connection stays open for the next request, unless the request says
// "Connection: close" (then the server closes it after answering). Several requests
// arriving together (pipelining) each get their answer, in order. A request head longer
// than 8 KB gets "431 Request Header Fields Too Large" and the connection is closed, so
// that one client cannot make the server hold its memory. Port 0 or no argument:
// a free port is chosen and printed. Ctrl-C stops the server.
#DECLARE($port : Integer; $action : Text; $connection : Object; $event : Object; \
$client : Object) -> $result : Object

var $end : Integer
var $head : Text

Case of
	: ($action="")  // the script itself
		var $listener : 4D.TCPListener
		// the answer, built once
		TEXT TO BLOB("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 13\r\n\r\n"+\
			"Hello, World!"; vResponse; UTF8 text without length)
		TEXT TO BLOB("HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\n"+\
			"Connection: close\r\n\r\n"; vTooLarge; UTF8 text without length)
		$listener:=4D.TCPListener.new($port; New object(\
			"onConnection"; Formula(http_hello(0; "accept")); \
			"onError"; Formula(throw($1.errors[0]))))  // port unusable: exit code 1
		If ($listener.errors.length=0)  // bound: only now is it true that we listen
			ALERT("http_hello: listening on port "+String($listener.port))
		End if
		
	: ($action="accept")  // listener onConnection: one handler per connection
		$result:=New object("pending"; ""; "noDelay"; True)
		$result.onData:=Formula(http_hello(0; "data"; $1; $2; This))
		
	: ($action="data")
		If ($client.refused=True)  // answered 431: what else the client sends is dropped
			return 
		End if
		$client.pending:=$client.pending+Convert to text($event.data; "ISO-8859-1")
		$end:=Position("\r\n\r\n"; $client.pending; *)
		If ($end=0) && (Length($client.pending)>8192)  // a request head may not grow forever
			$client.refused:=True
			$client.pending:=""
			$connection.send(vTooLarge)
			$connection.shutdown()
		End if
		While ($end>0)  // one complete request head
			$head:=Substring($client.pending; 1; $end+3)
			$client.pending:=Substring($client.pending; $end+4)
			$connection.send(vResponse)
			If (Position("\r\nConnection: close"; $head)>0)  // header names: any case
				$connection.shutdown()
				$end:=0
			Else
				$end:=Position("\r\n\r\n"; $client.pending; *)
			End if
		End while
End case
