// Doc: https://developer.4d.com/docs/Concepts/dt_null_undefined#null-operators
// >, <, >=, <= are not supported with Null values and return an error
var $o : Object:=New object("n"; Null)
var $failed : Boolean:=False
Try
	var $b : Boolean:=($o.n>1)
Catch
	$failed:=True
End try
ASSERT($failed; "Null > 1 gave no error")
