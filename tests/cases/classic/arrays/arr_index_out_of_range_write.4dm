  // language.md §4.7: writing an array element beyond the size is an error (arrays do not grow on assignment)
ARRAY LONGINT($n;2)
$n{2}:=1
ALERT("before")
$n{3}:=1
ALERT("after")
