// language.md §2: a Variant (or untyped var) is undefined until assigned
var $v : Variant
var $w
ALERT(String(Value type($v)))
ALERT(String(Undefined($v)))
ALERT(String(Value type($w)))
ALERT("["+String($v)+"]")
