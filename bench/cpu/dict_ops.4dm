// 100,000 object key inserts and 100,000 lookups
var $d : Object
var $i : Integer
var $total : Real
$d:=New object
For ($i; 0; 99999)
	$d["key"+String($i)]:=$i
End for 
For ($i; 0; 99999)
	$total:=$total+$d["key"+String($i)]
End for 
ALERT(String($total))
