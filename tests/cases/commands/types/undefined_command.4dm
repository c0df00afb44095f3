// language.md §4.8 / §12.5: Undefined(expr) is True for missing properties and unassigned Variants, False for Null
var $o : Object
var $v : Variant
var $c : Collection
$o:=New object("n"; Null; "z"; 0)
ALERT(String(Undefined($o.missing)))
ALERT(String(Undefined($o.n)))
ALERT(String(Undefined($o.z)))
ALERT(String(Undefined($v)))
$v:=1
ALERT(String(Undefined($v)))
ALERT(String(Undefined(Null)))
$c:=New collection(1)
ALERT(String(Undefined($c.at(5))))
