// language.md §4.3: only Text * Number repeats; Number * Text is an incompatible-types error
ALERT("before")
$t:="ab"
$x:=3*$t
ALERT("never")
