  // language.md §4.7: reading an array element beyond the size is an error
ARRAY TEXT($a;3)
ALERT("before")
$x:=$a{4}
ALERT("after")
