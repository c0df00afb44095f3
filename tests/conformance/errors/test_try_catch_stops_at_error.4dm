// Doc: https://developer.4d.com/docs/Concepts/error-handling#trycatchend-try
// A non-deferred error stops the Try block and runs Catch, where Last errors describes it
var $path : Text:=""
var $code : Integer
Try
	$path:=$path+"1;"
	throw(50042; "custom")
	$path:=$path+"2;"
Catch
	$path:=$path+"catch;"
	$code:=Last errors[0].errCode
End try
ASSERT($path="1;catch;"; "path "+$path)
ASSERT($code=50042; "code "+String($code))
