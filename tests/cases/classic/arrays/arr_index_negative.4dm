  // language.md §4.7: a negative array index is an error
ARRAY TEXT($a;3)
$i:=-1
ALERT("before")
ALERT($a{$i})
