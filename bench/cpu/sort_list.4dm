// 200,000 LCG numbers pushed into a collection, then sorted
var $x : Real
var $i : Integer
var $c : Collection
$c:=New collection
$x:=42
For ($i; 1; 200000)
	$x:=Mod($x*16807; 2147483647)
	$c.push($x)
End for 
$c.sort()
ALERT(String($c[0])+" "+String($c[199999]))
