// language.md §2 / §12.1: all numbers stored in objects are Real (Value type = Is real), even from an Integer variable
var $o : Object
var $i : Integer
$i:=7
$o:=New object("n"; 42; "i"; $i; "r"; 1.5)
ALERT(String(Value type($o.n)))
ALERT(String(Value type($o.i)))
ALERT(String(Value type($o.r)=Is real))
ALERT(JSON Stringify($o))
