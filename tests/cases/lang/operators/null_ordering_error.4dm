// language.md §4.8: Null with < > <= >= is an error
ALERT("before")
$n:=Null
$r:=$n<1
ALERT("never")
