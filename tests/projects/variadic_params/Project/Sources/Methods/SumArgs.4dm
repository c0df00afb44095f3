#DECLARE(... : Text)
var $total : Real
var $i : Integer
For ($i; 1; Count parameters)
	$total:=$total+Num(${$i})
End for
ALERT(String(Count parameters)+":"+String($total))
