// for-loop sum of 1..3,000,000 with typed var
var $i : Integer
var $s : Real
For ($i; 1; 3000000)
	$s:=$s+$i
End for 
ALERT(String($s))
