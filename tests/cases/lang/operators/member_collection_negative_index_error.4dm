// language.md §4.7: a collection index must be >= 0
$c:=[1; 2]
ALERT("before")
$i:=-1
$x:=$c[$i]
ALERT("never")
