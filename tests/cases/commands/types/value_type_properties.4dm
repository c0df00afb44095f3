// language.md §12.5: Value type of object properties and collection elements (numbers → Is real, missing → Is undefined)
var $o : Object
var $c : Collection
$o:=New object("n"; 42; "s"; "x"; "z"; Null; "d"; !2020-01-01!)
ALERT(String(Value type($o.n)))
ALERT(String(Value type($o.s)))
ALERT(String(Value type($o.z)))
ALERT(String(Value type($o.missing)))
ALERT(String(Value type($o.d)))
$c:=New collection(1; "a"; Null; New object)
ALERT(String(Value type($c[0]))+","+String(Value type($c[1]))+","+String(Value type($c[2]))+","+String(Value type($c[3])))
