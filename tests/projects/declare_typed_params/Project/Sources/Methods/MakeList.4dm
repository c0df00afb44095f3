#DECLARE($n : Integer) -> $list : Collection
var $i : Integer
$list:=[]
For ($i; 1; $n)
	$list.push($i*$i)
End for
