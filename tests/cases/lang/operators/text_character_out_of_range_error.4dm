// language.md §4.7 [Decision]: $t[[i]] out of range raises an error
$t:="abc"
ALERT($t[[3]])
$x:=$t[[10]]
ALERT("never")
