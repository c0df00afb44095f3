// Doc: https://developer.4d.com/docs/commands/ob-instance-of#description
// OB Instance of is true for the object's class and its parent classes
var $sq : cs.Square:=cs.Square.new(2)
ASSERT(OB Instance of($sq; cs.Rectangle); "parent class")
ASSERT(Not(OB Instance of(cs.Rectangle.new(1; 1); cs.Square)); "child class")
