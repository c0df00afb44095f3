// Doc: https://developer.4d.com/docs/commands/ob-instance-of#description
// If class is not a valid Class object, error -10745 is returned
var $code : Integer:=0
Try
	var $b : Boolean:=OB Instance of(New object; New object)
Catch
	$code:=Last errors[0].errCode
End try
ASSERT($code=-10745; "error "+String($code))
