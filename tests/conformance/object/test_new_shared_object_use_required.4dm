// Doc: https://developer.4d.com/docs/commands/new-shared-object#description
// Editing a shared object outside Use…End use generates an error
var $s_obj : Object:=New shared object("prop1"; "alpha")
var $failed : Boolean:=False
Try
	$s_obj.prop1:="omega"
Catch
	$failed:=True
End try
ASSERT($failed; "no error")
ASSERT($s_obj.prop1="alpha"; "modified: "+$s_obj.prop1)
