// language.md §8.1: $1...$n inside the expression are the call arguments
$add:=Formula($1+$2)
ALERT(String($add.call(Null; 10; 20)))
$o:=New object("add"; $add)
ALERT(String($o.add(10; 20)))
$cat:=Formula($1+"-"+$2+"-"+$3)
ALERT($cat.call(Null; "a"; "b"; "c"))
