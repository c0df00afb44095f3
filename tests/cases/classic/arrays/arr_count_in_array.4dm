  // 4D docs Count in array: number of elements equal to the value
ARRAY TEXT($a;5)
$a{1}:="a"
$a{2}:="B"
$a{3}:="b"
$a{4}:="c"
$a{5}:="b"
ALERT(String(Count in array($a;"b")))
ALERT(String(Count in array($a;"z")))
