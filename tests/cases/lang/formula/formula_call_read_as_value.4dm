// 4D.Function page: .call and .apply are functions of the 4D.Function class; read without () they
// are 4D.Function objects (Is object), bound to the formula, not undefined
var $f:=Formula($1+$2)
ALERT(String(Value type($f.call))+" "+String(OB Instance of($f.call; 4D.Function))+" "+$f.call.name)
var $m:=$f.call
ALERT(String($m(Null; 2; 3)))
ALERT(String($m.call(Null; Null; 4; 5)))
var $a:=$f.apply
ALERT(String($a(Null; [10; 20])))
var $o:={add: $f.call}
ALERT(String($o.add(Null; 1; 1)))
ALERT(String(Value type($f.nope)))
