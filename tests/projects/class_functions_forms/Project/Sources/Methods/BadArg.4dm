var $s : cs.Shape:=cs.Shape.new(2; 3)
ALERT("before")
$s.scale("x")
ALERT("after")
