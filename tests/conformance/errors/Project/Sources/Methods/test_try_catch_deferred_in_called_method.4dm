// Doc: https://developer.4d.com/docs/Concepts/error-handling#trycatchend-try
// A deferred error thrown by a called method jumps to Catch when that method returns
gAfterThrow:=False
var $path : Text:=""
Try
	throwDeferred
	$path:=$path+"after call;"
Catch
	$path:=$path+"catch;"
End try
ASSERT(gAfterThrow; "the method did not finish")
ASSERT($path="catch;"; "path "+$path)
