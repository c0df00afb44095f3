// language.md §7.2/§3.2: legacy $0/$1, C_LONGINT($1), untyped parameters, ${n}
ALERT(String(Add(3; 4)))
ALERT(Concat("a"; "b"))
ALERT(LegacyWrong("abc"))
ALERT(String(Untyped("x")))
ALERT(String(Untyped(3)))
ALERT(String(Untyped({})))
ALERT(String(Indirect(1; 2; 3; 4)))
var $x; $y : Integer
$x:=1
$y:=ModifyParam($x)
ALERT(String($x)+","+String($y))
ALERT(Mixed("p"; "q"))
