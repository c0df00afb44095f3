// language.md §12 (arrays): APPEND TO ARRAY adds an element at the end
var $items : Collection
var $i : Integer
ARRAY TEXT($at; 0)
APPEND TO ARRAY($at; "x")
APPEND TO ARRAY($at; "y")
$items:=New collection
For ($i; 1; Size of array($at))
	$items.push($at{$i})
End for
ALERT(String(Size of array($at))+" ["+$items.join(",")+"]")
ARRAY LONGINT($al; 1)
APPEND TO ARRAY($al; 42)
$items:=New collection
For ($i; 1; Size of array($al))
	$items.push($al{$i})
End for
ALERT(String(Size of array($al))+" ["+$items.join(",")+"]")
