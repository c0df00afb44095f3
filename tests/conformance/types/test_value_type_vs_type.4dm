// Doc: https://developer.4d.com/docs/Concepts/data-types#commands
// Type gives a variable's type, Value type an expression's
var $t : Text
var $o : Object:=New object("n"; 1)
ASSERT(Type($t)=Is text; "Type "+String(Type($t)))
ASSERT(Value type($o.n)=Is real; "Value type "+String(Value type($o.n)))
ASSERT(Value type($o.missing)=Is undefined; "undefined")
