// Doc: https://developer.4d.com/docs/commands/throw#throwerrorobj
// {property} placeholders in message are replaced by the errorObj's custom properties
var $err : Object
Try
	throw({errCode: 600; message: "File {name} not found ({path})"; name: "myFileName"; path: "myFilePath"})
Catch
	$err:=Last errors[0]
End try
ASSERT($err.message="File myFileName not found (myFilePath)"; "message "+$err.message)
