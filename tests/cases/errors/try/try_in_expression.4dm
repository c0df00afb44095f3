// language.md §11.3: Try(...) is an expression usable inside larger expressions
var $n : Real
$n:=Try(Num("12"))+1
ALERT(String($n))
ALERT(String(Try(Length("abc"))*2))
