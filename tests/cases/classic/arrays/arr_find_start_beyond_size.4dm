  // 4D docs Find in array: a start after the last element finds nothing (-1)
ARRAY TEXT($a;2)
$a{1}:="x"
$a{2}:="x"
ALERT(String(Find in array($a;"x";3)))
