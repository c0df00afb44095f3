// language.md §12.1: OB Copy returns a deep copy (sub-objects and collections are duplicated)
var $o; $copy : Object
$o:=New object("name"; "x"; "sub"; New object("n"; 1); "list"; New collection(1; 2))
$copy:=OB Copy($o)
$copy.sub.n:=99
$copy.list.push(3)
$copy.name:="y"
ALERT(JSON Stringify($o))
ALERT(JSON Stringify($copy))
ALERT(String($copy=$o))
ALERT(String($copy.sub=$o.sub))
