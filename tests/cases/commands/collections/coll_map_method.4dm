// language.md §12.2: a callback given as a method name (legacy) receives the object in $1 and must set $1.result
If (Count parameters>=1)
	$1.result:=Uppercase($1.value)+String($2)
	return
End if
var $c : Collection
$c:=New collection("a"; "b")
ALERT(JSON Stringify($c.map("coll_map_method"; 1)))
