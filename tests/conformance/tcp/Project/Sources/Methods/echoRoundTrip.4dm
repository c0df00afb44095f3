// sends $text to a new EchoServer, shuts down, waits for the end; returns the server and client records
#DECLARE($text : Text) -> $r : Object
var $server : cs.EchoServer:=cs.EchoServer.new()
var $rec : cs.Recorder:=cs.Recorder.new()
var $client : 4D.TCPConnection:=4D.TCPConnection.new("127.0.0.1"; $server.listener.port; $rec)
var $blob : Blob
TEXT TO BLOB($text; $blob; UTF8 text without length)
$client.send($blob)
var $i : Integer
For ($i; 1; 500)
	If (Length($rec.received)>=Length($text))
		break
	End if
	$client.wait(0.01)
End for
$client.shutdown()
$client.wait(5)
$server.listener.terminate()
$r:={server: $server; client: $rec; connection: $client}
