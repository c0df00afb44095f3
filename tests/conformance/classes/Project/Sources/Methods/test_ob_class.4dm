// Doc: https://developer.4d.com/docs/commands/ob-class#example
// OB Class of an instance is its class
var $poly : Object:=cs.Polygon.new(4; 3)
var $class : Object:=OB Class($poly)
ASSERT($class=cs.Polygon; "not cs.Polygon")
ASSERT($class.name="Polygon"; "name "+$class.name)
