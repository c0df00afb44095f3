// language.md §4.4: Booleans support only = and #; < is an error
ALERT("before")
$b:=True
$x:=$b<False
ALERT("never")
