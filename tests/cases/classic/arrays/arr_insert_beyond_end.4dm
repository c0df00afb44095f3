  // 4D docs INSERT IN ARRAY: if where is greater than the size, the elements are added at the end
ARRAY LONGINT($n;2)
$n{1}:=1
$n{2}:=2
INSERT IN ARRAY($n;10;2)
ALERT(String(Size of array($n)))
ALERT(String($n{1})+String($n{2})+String($n{3})+String($n{4}))
$e:=Size of array($n)+1
INSERT IN ARRAY($n;$e)
$n{$e}:=9
ALERT(String(Size of array($n))+" "+String($n{5}))
