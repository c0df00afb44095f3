// Doc: https://developer.4d.com/docs/Concepts/dt_null_undefined#null
// Trying to read a property of a null value returns an error
var $o : Object:=New object("child"; Null)
var $failed : Boolean:=False
Try
	var $v : Variant:=$o.child.name
Catch
	$failed:=True
End try
ASSERT($failed; "no error reading a property of null")
