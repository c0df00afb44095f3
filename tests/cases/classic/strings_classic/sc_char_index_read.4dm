  // language.md §4.7: $t[[i]] reads the 1-based i-th character
C_TEXT($t)
$t:="Hello"
ALERT($t[[1]])
ALERT($t[[Length($t)]])
ALERT($t[[2]]+$t[[3]])
