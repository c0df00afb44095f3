// language.md §12 (arrays): INSERT IN ARRAY(arr; where {; howMany}) inserts empty elements; where > size appends
var $items : Collection
var $i : Integer
ARRAY LONGINT($a; 3)
$a{1}:=1
$a{2}:=2
$a{3}:=3
INSERT IN ARRAY($a; 2)
$items:=New collection
For ($i; 1; Size of array($a))
	$items.push($a{$i})
End for
ALERT(String(Size of array($a))+" ["+$items.join(",")+"]")
INSERT IN ARRAY($a; 1; 2)
$items:=New collection
For ($i; 1; Size of array($a))
	$items.push($a{$i})
End for
ALERT(String(Size of array($a))+" ["+$items.join(",")+"]")
INSERT IN ARRAY($a; 100)
$items:=New collection
For ($i; 1; Size of array($a))
	$items.push($a{$i})
End for
ALERT(String(Size of array($a))+" ["+$items.join(",")+"]")
