  // 4D docs INSERT IN ARRAY: inserts empty elements before `where` (one by default), later elements move
ARRAY TEXT($a;3)
$a{1}:="a"
$a{2}:="b"
$a{3}:="c"
INSERT IN ARRAY($a;2)
ALERT(String(Size of array($a))+" "+$a{1}+"|"+$a{2}+"|"+$a{3}+"|"+$a{4})
INSERT IN ARRAY($a;1;2)
ALERT(String(Size of array($a))+" "+$a{1}+"|"+$a{2}+"|"+$a{3}+"|"+$a{6})
