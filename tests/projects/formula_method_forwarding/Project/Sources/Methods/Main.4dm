// language.md §8.1: Formula(MethodName) forwards the call arguments to the method
var $f : 4D.Function:=Formula(Add)
ALERT(String($f.call(Null; 2; 3)))
ALERT(String($f.apply(Null; [4; 5])))
var $o : Object:={add: Formula(Add)}
ALERT(String($o.add(10; 20)))
var $s : 4D.Function:=Formula(Shout)
ALERT($s.call(Null; "abc"))
var $k : 4D.Function:=Formula(Add($1; 100))
ALERT(String($k.call(Null; 1)))
ALERT(JSON Stringify([1; 2; 3].map(Formula(Add($1.value; 10)))))
ALERT(String(OB Instance of($f; 4D.Function)))
