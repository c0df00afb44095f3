// Doc: https://developer.4d.com/docs/API/ClassClass#new
// Calling new() on a non-existing class returns an error
var $failed : Boolean:=False
Try
	var $o : Object:=cs.NoSuchClass.new()
Catch
	$failed:=True
End try
ASSERT($failed; "no error")
