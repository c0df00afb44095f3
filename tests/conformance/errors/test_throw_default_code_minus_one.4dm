// Doc: https://developer.4d.com/docs/commands/throw#example-4
// Follows: the code's message ("This an error"); the example's comment says "This is my error"
// Without errCode the code is -1
var $err : Object
Try
	throw({message: "This an error"})
Catch
	$err:=Last errors[0]
End try
ASSERT($err.errCode=-1; "code "+String($err.errCode))
ASSERT($err.message="This an error"; "message "+$err.message)
