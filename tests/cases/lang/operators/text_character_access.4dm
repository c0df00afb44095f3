// language.md §4.7: $t[[i]] is 1-based; reading gives a 1-char text; assignment replaces the char
$t:="Hello"
ALERT($t[[1]])
ALERT($t[[Length($t)]])
$t[[1]]:="J"
ALERT($t)
ALERT(String(Length($t[[2]])))
