// Doc: https://developer.4d.com/docs/Concepts/classes#class-definition
// Class names are case sensitive: cs.rectangle is not cs.Rectangle
ASSERT(cs.Rectangle#Null; "cs.Rectangle missing")
var $failed : Boolean:=False
Try
	var $o : Object:=cs.rectangle.new(1; 1)
Catch
	$failed:=True
End try
ASSERT($failed; "cs.rectangle found")
