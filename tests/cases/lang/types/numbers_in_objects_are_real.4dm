// language.md §2: all numbers stored in objects are Real (Value type = Is real even for 42)
var $i : Integer
$i:=42
$o:=New object("n"; 42)
$o.m:=$i
$o.k:=7.5
ALERT(String(Value type($o.n)))
ALERT(String(Value type($o.m)))
ALERT(String(Value type($o.k)))
ALERT(String(Value type($o.n)=Is real))
ALERT(JSON Stringify($o))
