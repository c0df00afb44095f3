// language.md §12 (arrays): SORT ARRAY(arr; >|<) sorts (text collation case-insensitive); several arrays are sorted in sync by the first
var $items : Collection
var $i : Integer
ARRAY TEXT($at; 3)
$at{1}:="pear"
$at{2}:="Apple"
$at{3}:="banana"
SORT ARRAY($at; >)
$items:=New collection
For ($i; 1; Size of array($at))
	$items.push($at{$i})
End for
ALERT(String(Size of array($at))+" ["+$items.join(",")+"]")
SORT ARRAY($at; <)
$items:=New collection
For ($i; 1; Size of array($at))
	$items.push($at{$i})
End for
ALERT(String(Size of array($at))+" ["+$items.join(",")+"]")
ARRAY LONGINT($al; 4)
$al{1}:=3
$al{2}:=10
$al{3}:=-1
$al{4}:=2
SORT ARRAY($al; >)
$items:=New collection
For ($i; 1; Size of array($al))
	$items.push($al{$i})
End for
ALERT(String(Size of array($al))+" ["+$items.join(",")+"]")
ARRAY TEXT($names; 3)
ARRAY LONGINT($ages; 3)
$names{1}:="Bob"
$names{2}:="alice"
$names{3}:="Carl"
$ages{1}:=30
$ages{2}:=25
$ages{3}:=40
SORT ARRAY($names; $ages; >)
$items:=New collection
For ($i; 1; Size of array($names))
	$items.push($names{$i})
End for
ALERT(String(Size of array($names))+" ["+$items.join(",")+"]")
$items:=New collection
For ($i; 1; Size of array($ages))
	$items.push($ages{$i})
End for
ALERT(String(Size of array($ages))+" ["+$items.join(",")+"]")
