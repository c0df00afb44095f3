var $pts : Collection:=[cs.Point.new(1; 1); cs.Point.new(2; 3); cs.Point.new(4; 0)]
var $pt : cs.Point
var $total : Real
For each ($pt; $pts)
	$total:=$total+$pt.sum()
End for each
ALERT(String($total))
ALERT(String($pts.indexOf($pts[1])))
ALERT(String($pts[2].dist($pts[0])))
$pts[0].x:=100
ALERT(String($pts[0].sum()))
