  // 4D docs Find in array: the search starts at element `start` when given
ARRAY TEXT($a;5)
$a{1}:="x"
$a{2}:="y"
$a{3}:="x"
$a{4}:="y"
$a{5}:="x"
ALERT(String(Find in array($a;"x";2)))
ALERT(String(Find in array($a;"x";4)))
ALERT(String(Find in array($a;"y";5)))
