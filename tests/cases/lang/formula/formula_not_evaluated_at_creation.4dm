// language.md §8.1: the expression is not evaluated when the formula is created
$log:=[]
$f:=Formula($log.push("run"))
ALERT(String($log.length))
$f.call()
$f.call()
ALERT(String($log.length))
