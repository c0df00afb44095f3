// Doc: https://developer.4d.com/docs/commands/formula-from-string#description
// Accessing a local variable in Formula from string gives error -10737
var $x : Integer:=5
var $f : 4D.Function
var $code : Integer:=0
Try
	$f:=Formula from string("$x+1")
	$f.call()
Catch
	$code:=Last errors[0].errCode
End try
ASSERT($code=-10737; "error code "+String($code))
