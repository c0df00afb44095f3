// Doc: https://developer.4d.com/docs/commands/throw#throwerrorobj
// With throw(errorObj), the object (custom properties included) is returned in Last errors
var $err : Object
Try
	throw({componentSignature: "xbox"; errCode: 600; message: "File {name} not found"; name: "myFileName"})
Catch
	$err:=Last errors[0]
End try
ASSERT($err.componentSignature="xbox"; "signature")
ASSERT($err.name="myFileName"; "custom property lost: "+JSON Stringify($err))
