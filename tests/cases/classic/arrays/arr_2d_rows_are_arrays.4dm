  // language.md §3.2 (4D docs ARRAY TEXT): each row of a 2D array is an array usable with array commands
ARRAY TEXT($m;2;2)
$m{1}{1}:="b"
$m{1}{2}:="a"
APPEND TO ARRAY($m{2};"new")
ALERT(String(Size of array($m{1}))+" "+String(Size of array($m{2})))
ALERT($m{2}{3})
SORT ARRAY($m{1};>)
ALERT($m{1}{1}+$m{1}{2})
ALERT(String(Find in array($m{2};"new")))
