  // language.md §4.4 + 4D docs SORT ARRAY: text order uses the case-insensitive collation
ARRAY TEXT($a;4)
$a{1}:="delta"
$a{2}:="Bravo"
$a{3}:="alpha"
$a{4}:="Charlie"
SORT ARRAY($a;>)
ALERT($a{1}+" "+$a{2}+" "+$a{3}+" "+$a{4})
