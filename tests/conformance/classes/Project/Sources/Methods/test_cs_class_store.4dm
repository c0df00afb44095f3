// Doc: https://developer.4d.com/docs/Concepts/classes#cs
// cs returns the project's user classes: $instance:=cs.myClass.new()
var $instance : Object:=cs.MyClass.new()
ASSERT(OB Instance of($instance; cs.MyClass); "not an instance")
ASSERT(OB Keys(cs).indexOf("Rectangle")>=0; "Rectangle not listed")
