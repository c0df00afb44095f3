  // 4D docs Find in array: classic loop listing every occurrence with the start parameter
ARRAY LONGINT($n;6)
$n{1}:=4
$n{2}:=7
$n{3}:=4
$n{4}:=1
$n{5}:=4
$n{6}:=7
$list:=""
$pos:=0
Repeat 
	$pos:=Find in array($n;4;$pos+1)
	If ($pos>0)
		$list:=$list+String($pos)+" "
	End if 
Until ($pos=-1)
ALERT($list)
