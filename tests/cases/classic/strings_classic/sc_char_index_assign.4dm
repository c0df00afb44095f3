  // language.md §4.1/§4.7: assigning $t[[i]] replaces that character
C_TEXT($t)
$t:="Hello"
$t[[1]]:="J"
ALERT($t)
$t[[5]]:="y"
ALERT($t)
