  // 4D docs COPY ARRAY: the destination is an independent copy
ARRAY TEXT($a;2)
$a{1}:="one"
$a{2}:="two"
COPY ARRAY($a;$b)
$b{1}:="changed"
ALERT($a{1}+" "+$b{1}+" "+$b{2})
ALERT(String(Size of array($b)))
