  // 4D docs SORT ARRAY: < sorts in descending order
ARRAY TEXT($a;3)
$a{1}:="b"
$a{2}:="c"
$a{3}:="a"
SORT ARRAY($a;<)
ALERT($a{1}+$a{2}+$a{3})
