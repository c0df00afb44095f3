// Doc: https://developer.4d.com/docs/Concepts/dt_null_undefined#undefined-operators
// Undefined > Undefined and Undefined > Null return an error (example)
var $vObj : Object:=New object("null"; Null)
var $vVar : Variant
var $errors : Integer:=0
Try
	var $r : Boolean:=($vObj.undefined>$vVar)
Catch
	$errors+=1
End try
Try
	$r:=($vObj.undefined>$vObj.null)
Catch
	$errors+=1
End try
ASSERT($errors=2; "errors: "+String($errors))
