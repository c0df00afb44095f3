// Doc: https://developer.4d.com/docs/commands/choose#description
// Choose evaluates every value: an invalid one is an error even when not chosen
var $failed : Boolean:=False
Try
	var $res : Variant:=Choose(True; "red1"; "blue"+2)
Catch
	$failed:=True
End try
ASSERT($failed; "no error for the value not chosen")
