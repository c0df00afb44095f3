//%attributes = {}
// an unknown path: error -9801, the code is left empty
var $code : Text
$code:="x"
Try
	METHOD GET CODE("[class]/Nope"; $code)
Catch
	ALERT(String(Last errors[0].errCode)+" ["+$code+"]")
End try
METHOD GET CODE("[class]/Nope"; $code)
