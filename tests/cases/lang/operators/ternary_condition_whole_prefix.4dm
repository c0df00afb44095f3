// language.md §4.2: the ternary takes everything before ? as the condition
$a:=1
$b:=2
ALERT(1+1=2 ? "yes" : "no")
ALERT($a=1 & $b=2 ? "both" : "not both")
ALERT($a=1 && $b=3 ? "both" : "not both")
