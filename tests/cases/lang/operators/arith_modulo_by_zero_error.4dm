// language.md §4.3 [Decision]: % by zero is an error
ALERT("before")
$z:=0
$x:=5%$z
ALERT("never")
