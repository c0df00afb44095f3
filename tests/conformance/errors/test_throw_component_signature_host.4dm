// Doc: https://developer.4d.com/docs/commands/throw#throwerrorobj
// Without componentSignature, "host" is used in the host database
var $err : Object
Try
	throw({errCode: 3; message: "x"})
Catch
	$err:=Last errors[0]
End try
ASSERT($err.componentSignature="host"; "signature "+String($err.componentSignature))
