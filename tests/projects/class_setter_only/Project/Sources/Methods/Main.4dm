// language.md §9: a setter without getter: assigning calls it, reading gives undefined
var $s : cs.Secret:=cs.Secret.new()
$s.password:="abc"
ALERT(String(Undefined($s.password)))
ALERT("["+String($s.password)+"]")
ALERT($s._store)
ALERT(String($s.length))
ALERT(JSON Stringify($s))
$s.password:="longer"
ALERT($s._store)
