var $s : cs.Shape:=cs.Shape.new(1; 1)
var $f : Variant:=$s.area
ALERT(String(Value type($f)))
ALERT(String(OB Instance of($f; 4D.Function)))
