  // 4D docs ARRAY POINTER: iterating variables through an array of pointers
C_LONGINT($a;$b;$c;$i;$sum)
ARRAY POINTER($ptrs;3)
$a:=1
$b:=20
$c:=300
$ptrs{1}:=->$a
$ptrs{2}:=->$b
$ptrs{3}:=->$c
For ($i;1;Size of array($ptrs))
	$sum:=$sum+$ptrs{$i}->
	$ptrs{$i}->:=0
End for 
ALERT(String($sum))
ALERT(String($a+$b+$c))
