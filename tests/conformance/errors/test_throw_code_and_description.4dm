// Doc: https://developer.4d.com/docs/commands/throw#example-1
// throw($code;$description) throws errCode 50042 with message "This is a custom error"
var $code : Integer:=50042
var $description : Text:="This is a custom error"
var $err : Object
Try
	throw($code; $description)
Catch
	$err:=Last errors[0]
End try
ASSERT($err.errCode=50042; "code "+String($err.errCode))
ASSERT($err.message="This is a custom error"; "message "+$err.message)
