// Doc: https://developer.4d.com/docs/commands/ob-instance-of#example
// OB Instance of($poly;cs.Polygon) and (…;4D.Object) are true; another class is false
var $poly : Object:=cs.Polygon.new(4; 3)
ASSERT(OB Instance of($poly; cs.Polygon); "cs.Polygon")
ASSERT(OB Instance of($poly; 4D.Object); "4D.Object")
ASSERT(Not(OB Instance of($poly; cs.Rectangle)); "cs.Rectangle")
ASSERT($poly.area=12; "area "+String($poly.area))
