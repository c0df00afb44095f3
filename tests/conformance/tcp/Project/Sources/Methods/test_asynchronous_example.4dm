// Doc: https://developer.4d.com/docs/API/TCPConnectionClass#asynchronous-example
// Follows: the example run in the main process with a wait() instead of a worker; TEXT TO BLOB without format sends a Mac C string (NUL-terminated), and "Information"+Char(0)="Information" since NUL is ignorable (tcp.md §5)
// The page's MyAsyncTCPConnection class: connect(), getInfo(), disconnect(); the server gets "Information"
var $server : cs.EchoServer:=cs.EchoServer.new()
var $myObject : cs.MyAsyncTCPConnection:=cs.MyAsyncTCPConnection.new("127.0.0.1"; $server.listener.port)
$myObject.connect()
var $conn : 4D.TCPConnection:=$myObject.connection
$myObject.getInfo()
$myObject.disconnect()
$conn.wait(5)
$server.listener.terminate()
ASSERT($server.serverReceived="Information"; "server got "+String($server.serverReceived))
ASSERT(Length($server.serverReceived)=12; "length "+String(Length($server.serverReceived)))
ASSERT($myObject.log[0]="Connection established"; "log "+$myObject.log.join(","))
ASSERT($myObject.log[$myObject.log.length-1]="Connection terminated"; "log "+$myObject.log.join(","))
