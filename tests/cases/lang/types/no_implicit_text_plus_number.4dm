// language.md §2: no implicit number<->text coercion: "abc"+0.5 is an error
ALERT("before")
$t:="abc"
$x:=$t+0.5
ALERT("never")
