// Doc: https://developer.4d.com/docs/Concepts/classes#shared-functions
// A shared function modifies the shared instance without Use…End use; a plain one cannot
var $foo:=cs.Foo.new()
$foo.Bar(5)
ASSERT($foo.variable=5; "gave "+String($foo.variable))
var $failed : Boolean:=False
Try
	$foo.NotShared(6)
Catch
	$failed:=True
End try
ASSERT($failed; "a non-shared function modified a shared object outside Use")
