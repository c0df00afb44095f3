  // 4D docs DELETE FROM ARRAY: deleting the last element; deleting every element leaves an empty array
ARRAY LONGINT($n;3)
$n{3}:=3
$last:=Size of array($n)
If ($last>0)
	DELETE FROM ARRAY($n;$last)
End if 
ALERT(String(Size of array($n)))
DELETE FROM ARRAY($n;1;Size of array($n))
ALERT(String(Size of array($n)))
