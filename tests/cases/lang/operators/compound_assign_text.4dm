// language.md §4.1: $t+=" World" and $t*=2 (text repeat)
$t:="Hello"
$t+=" World"
ALERT($t)
$u:="ab"
$u*=2
ALERT($u)
