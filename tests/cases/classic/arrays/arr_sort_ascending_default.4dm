  // 4D docs SORT ARRAY: ascending when no order is given; > is ascending
ARRAY LONGINT($n;4)
$n{1}:=30
$n{2}:=10
$n{3}:=40
$n{4}:=20
SORT ARRAY($n)
ALERT(String($n{1})+","+String($n{2})+","+String($n{3})+","+String($n{4}))
$n{1}:=99
SORT ARRAY($n;>)
ALERT(String($n{1})+","+String($n{4}))
