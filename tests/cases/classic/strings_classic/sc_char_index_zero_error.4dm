  // language.md §4.7 [→ raise error]: $t[[0]] is out of range (characters are 1-based)
C_TEXT($t)
$t:="abc"
ALERT("before")
ALERT($t[[0]])
