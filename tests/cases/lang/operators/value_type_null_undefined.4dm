// language.md §4.8: Value type of Null is Is null (255); of undefined Is undefined (5)
var $v : Variant
$o:={n: Null}
ALERT(String(Value type(Null)=Is null))
ALERT(String(Value type($o.n)))
ALERT(String(Value type($o.missing)=Is undefined))
ALERT(String(Value type($v)))
ALERT(String(Is null))
ALERT(String(Is undefined))
