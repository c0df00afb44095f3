  // 4D docs ARRAY LONGINT: resizing an existing array keeps the existing elements, new ones are 0
ARRAY LONGINT($n;2)
$n{1}:=11
$n{2}:=22
ARRAY LONGINT($n;4)
ALERT(String($n{1}+$n{2})+" "+String($n{4}))
ARRAY LONGINT($n;0)
ALERT(String(Size of array($n)))
