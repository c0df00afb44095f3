  // 4D docs Find in array: with object arrays only object references can be searched
ARRAY OBJECT($a;3)
$o1:=New object("k";1)
$o2:=New object("k";1)
$a{1}:=$o1
$a{2}:=$o2
ALERT(String(Find in array($a;$o2)))
ALERT(String(Find in array($a;New object("k";1))))
