// language.md §4.8: undefined compared with > to an object is an error
$o:={}
$x:={}
ALERT("before")
$r:=$o.u>$x
ALERT("never")
