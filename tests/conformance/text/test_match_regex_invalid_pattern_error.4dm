// Doc: https://developer.4d.com/docs/commands/match-regex#error-management
// An invalid pattern generates an error that a handler can intercept
var $failed : Boolean:=False
Try
	var $b : Boolean:=Match regex("(abc"; "abc")
Catch
	$failed:=True
End try
ASSERT($failed; "no error for an invalid pattern")
