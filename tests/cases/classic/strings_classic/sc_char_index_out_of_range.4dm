  // language.md §4.7 [→ raise error]: reading $t[[i]] beyond the length is an error
C_TEXT($t)
$t:="abc"
ALERT("before")
ALERT($t[[10]])
