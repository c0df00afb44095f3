// language.md §4.7: reading a property of Null is an error
$o:={a: Null}
ALERT("before")
$x:=$o.a.b
ALERT("never")
