// language.md §3.1 [Decision]: assigning Text to an Integer variable is a type error
var $i : Integer
$i:=1
ALERT("before")
$t:="abc"
$i:=$t
ALERT("never")
