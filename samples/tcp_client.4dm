// fourd sample: a one-shot TCP client.
// Try it: fourd run samples/tcp_client.4dm 127.0.0.1 9000 "hello"
// (with samples/echo_server.4dm running on port 9000).
// Sends TEXT and a line feed, closes its sending side (the server sees the end of the
// request), prints everything the server sends back until the server closes the
// connection, then exits.
#DECLARE($host : Text; $port : Integer; $text : Text)

var $request : Blob
var $client : 4D.TCPConnection

vReply:=""
TEXT TO BLOB($text+"\n"; $request; UTF8 text without length)
$client:=4D.TCPConnection.new($host; $port; New object(\
	"onData"; Formula(vReply:=vReply+Convert to text($2.data; "utf-8")); \
	"onError"; Formula(throw($1.errors[0]))))  // refused, reset…: on stderr, exit code 1
$client.send($request)
$client.shutdown()  // half-close: we are done sending, the reply can still arrive
$client.wait(10)  // until the server closes the connection, 10 s at most

If (vReply#"")
	If (Character code(vReply[[Length(vReply)]])=Line feed)
		vReply:=Substring(vReply; 1; Length(vReply)-1)
	End if
	ALERT(vReply)
End if
