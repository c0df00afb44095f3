// Doc: https://developer.4d.com/docs/Concepts/data-types#converting-data-types
// The language enforces type checking: "abc"+0.5 is an error
var $failed : Boolean:=False
var $v : Variant
Try
	$v:="abc"+0.5
Catch
	$failed:=True
End try
ASSERT($failed; "\"abc\"+0.5 gave "+String($v))
