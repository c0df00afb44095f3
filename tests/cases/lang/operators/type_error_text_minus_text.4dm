// language.md §4.3: Text - Text has no rule -> error
ALERT("before")
$t:="ab"
$x:=$t-"b"
ALERT("never")
