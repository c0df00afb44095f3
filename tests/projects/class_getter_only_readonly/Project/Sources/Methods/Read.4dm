// language.md §9: a getter without setter is read-only: assigning it is an error
var $c : cs.Circle:=cs.Circle.new(2)
ALERT(String($c.diameter))
ALERT(String($c.area>12))
$c.r:=5
ALERT(String($c.diameter))
