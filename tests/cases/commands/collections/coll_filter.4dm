// language.md §12.2: .filter(formula {; params}) keeps the elements for which the callback returns True
var $col; $colNew; $c; $c2 : Collection
$col:=New collection("hello"; "world"; "red horse"; 66; "tim"; "san jose"; "miami")
$colNew:=$col.filter(Formula((Value type($1.value)=Is text) && (Length($1.value)<$2)); 6)
ALERT(JSON Stringify($colNew))
$c:=New collection(5; 3; 1; 4; 6; 2)
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c2:=$c.filter(Formula(OB Get type($1; "value")=$2); Is real)
ALERT(JSON Stringify($c2))
ALERT(JSON Stringify($c.filter(Formula(False))))
