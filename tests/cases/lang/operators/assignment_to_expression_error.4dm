// language.md §4.1: expressions with operators are not assignable (syntax error: nothing runs)
ALERT("never")
$a:=1
$a+1:=2
