// language.md §12.2: .indexOf compares objects by reference and can search for Null; dates by value
var $o : Object
var $c : Collection
$o:=New object("v"; 1)
$c:=New collection(New object("v"; 1); $o; Null; !2021-01-01!)
ALERT(String($c.indexOf($o)))
ALERT(String($c.indexOf(New object("v"; 1))))
ALERT(String($c.indexOf(Null)))
ALERT(String($c.indexOf(!2021-01-01!)))
