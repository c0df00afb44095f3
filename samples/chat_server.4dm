// fourd sample: a line-based chat server. Try it: fourd run samples/chat_server.4dm 9001
// then connect a few clients from other shells: nc 127.0.0.1 9001
// Every line a client sends goes to all the other clients as "[name] text". Commands:
// "/nick NAME" renames the sender, "/who" lists who is connected, "/quit" leaves. A client
// sending more than 4 KB without a line break is disconnected (bounded memory per client).
// Port 0 or no argument: a free port is chosen and printed. Ctrl-C stops the server.
//
// Callbacks are Formulas calling this method (chat_server, the file's name) with an
// action; $client is the options object of one connection (This in its callbacks), which
// also keeps that client's name and its unfinished line. vClients (a process variable)
// lists the connected clients.
#DECLARE($port : Integer; $action : Text; $connection : Object; $event : Object; \
$client : Object; $text : Text) -> $result : Object

var $line; $name : Text
var $position : Integer
var $other : Object
var $blob : Blob

Case of
	: ($action="")  // the script itself
		var $listener : 4D.TCPListener
		vClients:=New collection
		vGuests:=0
		$listener:=4D.TCPListener.new($port; New object(\
			"onConnection"; Formula(chat_server(0; "join"; $1; $2)); \
			"onError"; Formula(throw($1.errors[0]))))  // port unusable: exit code 1
		If ($listener.errors.length=0)  // bound: only now is it true that we listen
			ALERT("chat_server: listening on port "+String($listener.port))
		End if
		
	: ($action="join")  // listener onConnection: a handler object per client
		vGuests:=vGuests+1
		$result:=New object("name"; "guest"+String(vGuests); "pending"; "")
		$result.onConnection:=Formula(chat_server(0; "hello"; $1; $2; This))
		$result.onData:=Formula(chat_server(0; "data"; $1; $2; This))
		$result.onShutdown:=Formula(chat_server(0; "leave"; $1; $2; This))
		$result.onError:=Formula(chat_server(0; "leave"; $1; $2; This))
		
	: ($action="hello")
		$client.connection:=$connection
		vClients.push($client)
		chat_server(0; "tell"; $connection; Null; $client; \
			"welcome, "+$client.name+" ("+String(vClients.length)+" connected)")
		chat_server(0; "broadcast"; Null; Null; $client; "* "+$client.name+" joined")
		
	: ($action="data")
		If ($client.gone=True)  // dropped for a line too long: ignore what else comes
			return 
		End if
		$client.pending:=$client.pending+Convert to text($event.data; "utf-8")
		$position:=Position("\n"; $client.pending)
		If ($position=0) && (Length($client.pending)>4096)  // no line is that long
			$client.gone:=True
			$client.pending:=""
			chat_server(0; "tell"; $connection; Null; $client; "* line too long, bye")
			chat_server(0; "leave"; $connection; Null; $client)
			$connection.shutdown()
		End if
		While ($position>0)
			$line:=Substring($client.pending; 1; $position-1)
			$client.pending:=Substring($client.pending; $position+1)
			If (Length($line)>0)
				If (Character code($line[[Length($line)]])=Carriage return)
					$line:=Substring($line; 1; Length($line)-1)
				End if
			End if
			Case of
				: ($line="/quit")
					chat_server(0; "tell"; $connection; Null; $client; "bye")
					chat_server(0; "leave"; $connection; Null; $client)
					$connection.shutdown()
				: ($line="/who")
					chat_server(0; "tell"; $connection; Null; $client; \
						vClients.extract("name").join(", "))
				: ($line="/nick @")
					$name:=Substring($line; 7)
					chat_server(0; "broadcast"; Null; Null; $client; \
						"* "+$client.name+" is now "+$name)
					$client.name:=$name
				: (Length($line)>0)
					chat_server(0; "broadcast"; Null; Null; $client; "["+$client.name+"] "+$line)
			End case
			$position:=Position("\n"; $client.pending)
		End while
		
	: ($action="leave")  // onShutdown or onError: the client is gone
		If (vClients.indexOf($client)>=0)
			vClients.remove(vClients.indexOf($client))
			chat_server(0; "broadcast"; Null; Null; $client; "* "+$client.name+" left")
		End if
		
	: ($action="tell")  // one line to one client
		TEXT TO BLOB($text+"\n"; $blob; UTF8 text without length)
		$connection.send($blob)
		
	: ($action="broadcast")  // one line to every client but $client
		TEXT TO BLOB($text+"\n"; $blob; UTF8 text without length)
		For each ($other; vClients)
			If ($other#$client)
				$other.connection.send($blob)
			End if
		End for each
End case
