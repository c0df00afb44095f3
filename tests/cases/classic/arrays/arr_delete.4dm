  // 4D docs DELETE FROM ARRAY: deletes one element by default, or howMany starting at where
ARRAY TEXT($a;5)
$a{1}:="a"
$a{2}:="b"
$a{3}:="c"
$a{4}:="d"
$a{5}:="e"
DELETE FROM ARRAY($a;2)
ALERT(String(Size of array($a))+" "+$a{1}+$a{2}+$a{3}+$a{4})
DELETE FROM ARRAY($a;2;2)
ALERT(String(Size of array($a))+" "+$a{1}+$a{2})
