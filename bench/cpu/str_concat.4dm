// 100,000 text concatenations
var $s : Text
var $i : Integer
For ($i; 1; 100000)
	$s:=$s+"x"
End for 
ALERT(String(Length($s)))
