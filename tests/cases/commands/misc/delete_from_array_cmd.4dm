// language.md §12 (arrays): DELETE FROM ARRAY(arr; where {; howMany})
var $items : Collection
var $i : Integer
ARRAY TEXT($a; 0)
APPEND TO ARRAY($a; "a")
APPEND TO ARRAY($a; "b")
APPEND TO ARRAY($a; "c")
APPEND TO ARRAY($a; "d")
APPEND TO ARRAY($a; "e")
DELETE FROM ARRAY($a; 2)
$items:=New collection
For ($i; 1; Size of array($a))
	$items.push($a{$i})
End for
ALERT(String(Size of array($a))+" ["+$items.join(",")+"]")
DELETE FROM ARRAY($a; 1; 2)
$items:=New collection
For ($i; 1; Size of array($a))
	$items.push($a{$i})
End for
ALERT(String(Size of array($a))+" ["+$items.join(",")+"]")
DELETE FROM ARRAY($a; Size of array($a))
$items:=New collection
For ($i; 1; Size of array($a))
	$items.push($a{$i})
End for
ALERT(String(Size of array($a))+" ["+$items.join(",")+"]")
