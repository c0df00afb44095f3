// language.md §4.3 [Decision]: integer division by zero raises "Division by zero"
ALERT("before")
$z:=0
$x:=5\$z
ALERT("never")
