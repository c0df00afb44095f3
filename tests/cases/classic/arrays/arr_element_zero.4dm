  // language.md §3.2/§4.7: element 0 exists, is not counted by Size of array and not searched by Find in array
ARRAY TEXT($a;2)
$a{0}:="zero"
$a{1}:="one"
$a{2}:="two"
ALERT($a{0})
ALERT(String(Size of array($a)))
ALERT(String(Find in array($a;"zero")))
ALERT(String(Find in array($a;"two")))
