// language.md §8.2: Formula from string cannot reference local variables (error -10737)
$x:=5
ALERT("before")
$f:=Formula from string("$x+1")
$r:=$f.call()
ALERT("never")
