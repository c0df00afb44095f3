// Doc: https://developer.4d.com/docs/commands/throw#example-3
// throw({errCode: 1}) has the message "Error code: 1 (host)"
var $err : Object
Try
	throw({errCode: 1})
Catch
	$err:=Last errors[0]
End try
ASSERT($err.message="Error code: 1 (host)"; "message "+$err.message)
