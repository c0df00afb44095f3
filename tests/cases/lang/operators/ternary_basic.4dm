// language.md §4.6: cond ? a : b
$n:=7
ALERT(True ? "a" : "b")
ALERT((1>2) ? "x" : "y")
ALERT($n>5 ? "big" : "small")
ALERT(String($n<5 ? 1 : 2))
