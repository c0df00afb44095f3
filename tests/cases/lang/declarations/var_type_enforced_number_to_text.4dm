// language.md §3.1 [Decision]: assigning a number to a Text variable is a type error
var $t : Text
ALERT("before")
$n:=5
$t:=$n
ALERT("never")
