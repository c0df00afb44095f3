// language.md §9: Class constructor with parameters; missing ones get their type's empty value
var $p : cs.Point:=cs.Point.new(1; 2)
ALERT($p.toString())
ALERT(cs.Point.new(5).toString())
ALERT(cs.Point.new().toString())
ALERT(JSON Stringify($p))
$p.x:=1.5
ALERT($p.toString())
ALERT(String(cs.Args.new(1; 2; 3).n))
ALERT(String(cs.Args.new().n))
ALERT(String(cs.Numeric.new(2.5).rawValue))
