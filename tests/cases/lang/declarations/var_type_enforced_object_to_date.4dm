// language.md §3.1 [Decision]: assigning an Object to a Date variable is a type error
var $d : Date
ALERT("before")
$o:={}
$d:=$o
ALERT("never")
