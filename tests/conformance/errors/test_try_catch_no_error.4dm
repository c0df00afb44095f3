// Doc: https://developer.4d.com/docs/Concepts/error-handling#trycatchend-try
// Without error, execution continues after End try and the Catch block is not executed
var $path : Text:=""
Try
	$path:=$path+"try;"
Catch
	$path:=$path+"catch;"
End try
ASSERT($path="try;"; "path "+$path)
