var $s : cs.Square
$s:=cs.Square.new(3)
ALERT($s.describe())
ALERT(JSON Stringify($s))
ALERT(String(OB Instance of($s; cs.Shape))+" "+cs.Square.superclass.name+" "+OB Class($s).name)
$f:=$s.describe
ALERT($f.call($s))
ALERT(Current method name)
