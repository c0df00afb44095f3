#DECLARE($fmt : Text; ... : Text) -> $r : Text
var $i : Integer
$r:=$fmt
For ($i; 2; Count parameters)
	$r:=Replace string($r; "%"+String($i-1); ${$i})
End for
