// language.md §8.1: a formula may capture and call another formula
$add:=Formula($1+$2)
$twice:=Formula($add.call(Null; $1; $1))
ALERT(String($twice.call(Null; 5)))
$add:=Formula($1*$2)
ALERT(String($twice.call(Null; 5)))
