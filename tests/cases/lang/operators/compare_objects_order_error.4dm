// language.md §4.4: < and > are not allowed on objects
ALERT("before")
$a:={x: 1}
$b:={x: 2}
$r:=$a<$b
ALERT("never")
