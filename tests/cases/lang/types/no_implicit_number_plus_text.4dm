// language.md §2: 1+"1" is an error (no implicit coercion)
ALERT("before")
$n:=1
$x:=$n+"1"
ALERT("never")
