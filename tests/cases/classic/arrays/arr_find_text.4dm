  // 4D docs Find in array: first matching element, same rules as = (case-insensitive), -1 when none
ARRAY TEXT($a;4)
$a{1}:="apple"
$a{2}:="Banana"
$a{3}:="cherry"
$a{4}:="banana"
ALERT(String(Find in array($a;"banana")))
ALERT(String(Find in array($a;"CHERRY")))
ALERT(String(Find in array($a;"grape")))
