// Doc: https://developer.4d.com/docs/Concepts/classes#example-1
// cs.Rectangle.new(50;100).getArea() is 5000
var $rect : cs.Rectangle
var $area : Real
$rect:=cs.Rectangle.new(50; 100)
$area:=$rect.getArea()
ASSERT($area=5000; "gave "+String($area))
