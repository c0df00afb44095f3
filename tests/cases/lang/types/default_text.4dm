// language.md §2: a declared Text defaults to ""
var $t : Text
ALERT("["+$t+"]")
ALERT(String(Length($t)))
ALERT(String(Value type($t)))
ALERT(String($t=""))
