// Doc: https://developer.4d.com/docs/Concepts/error-handling#trycatchend-try
// A deferred error thrown directly in the Try block lets it finish, and Catch is not executed
var $code : Integer:=0
Try
	deferredInTryBlock
Catch
	$code:=Last errors[0].errCode
End try
ASSERT(gPath="rest of try;after end try;"; "path "+gPath)
ASSERT($code=5; "the deferred error reached the caller with code "+String($code))
