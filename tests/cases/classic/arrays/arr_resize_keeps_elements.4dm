  // 4D docs ARRAY TEXT: on an existing array, enlarging keeps elements (new ones ""), reducing loses the last ones
ARRAY TEXT($a;3)
$a{1}:="a"
$a{2}:="b"
$a{3}:="c"
ARRAY TEXT($a;5)
ALERT(String(Size of array($a))+" "+$a{1}+$a{2}+$a{3}+"["+$a{4}+$a{5}+"]")
ARRAY TEXT($a;2)
ALERT(String(Size of array($a))+" "+$a{1}+$a{2})
ARRAY TEXT($a;3)
ALERT("["+$a{3}+"]")
