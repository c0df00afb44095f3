  // language.md §3.2/§4.7: array elements are read and assigned in expressions
C_LONGINT($i)
ARRAY LONGINT($n;6)
$n{1}:=1
For ($i;2;6)
	$n{$i}:=$n{$i-1}*2
End for 
ALERT(String($n{6}))
$n{6}:=$n{6}-$n{5}
ALERT(String($n{6}))
