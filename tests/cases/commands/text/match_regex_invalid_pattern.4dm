// Match regex with an invalid pattern: error -10994 (fourd's code; 4D documents none, README "Error codes"),
// catchable with Try and ON ERR CALL, and not the headless-forms error -10995
var $b : Boolean
Try
	$b:=Match regex("(abc"; "abc")
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(Position("invalid regular expression"; Last errors[0].message)>0))
End try
$b:=Try(Match regex("[z-a]"; "abc"; 1))
ALERT(String(Last errors[0].errCode))
$b:=Match regex("*a"; "a")
ALERT("not reached")
