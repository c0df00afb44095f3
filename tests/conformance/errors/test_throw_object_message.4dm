// Doc: https://developer.4d.com/docs/commands/throw#example-2
// throw({errCode: 1; message: "This an error"}) sets both properties
var $err : Object
Try
	throw({errCode: 1; message: "This an error"})
Catch
	$err:=Last errors[0]
End try
ASSERT(($err.errCode=1) & ($err.message="This an error"); "gave "+JSON Stringify($err))
