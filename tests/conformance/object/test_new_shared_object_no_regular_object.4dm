// Doc: https://developer.4d.com/docs/commands/new-shared-object#description
// Shared objects do not support objects or collections that are not shared
var $s : Object:=New shared object
var $failed : Boolean:=False
Try
	Use ($s)
		$s.sub:=New object("a"; 1)
	End use
Catch
	$failed:=True
End try
ASSERT($failed; "a regular object went into a shared object")
