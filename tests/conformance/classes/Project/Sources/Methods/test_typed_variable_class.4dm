// Doc: https://developer.4d.com/docs/Concepts/variables#declaring-variables
// A variable declared cs.<Class> holds an instance of that class
var $rect : cs.Rectangle:=cs.Rectangle.new(1; 2)
ASSERT(OB Instance of($rect; cs.Rectangle); "not a Rectangle")
