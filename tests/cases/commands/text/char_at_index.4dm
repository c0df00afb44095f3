// language.md §4.7: text[[i]] is 1-based and returns a one-character text
var $t : Text
$t:="Hello"
ALERT($t[[1]])
ALERT($t[[Length($t)]])
$t[[1]]:="J"
ALERT($t)
