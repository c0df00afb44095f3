// Doc: https://developer.4d.com/docs/API/CollectionClass#filter
// If the original collection is shared, .filter() returns a shared collection (modifying it needs Use)
var $s : Collection:=New shared collection(1; 2; 3)
var $r : Collection:=$s.filter(Formula($1.value>1))
var $failed : Boolean:=False
Try
	$r[0]:=5
Catch
	$failed:=True
End try
ASSERT($failed; "result is not shared: modified outside Use")
Use ($r)
	$r[0]:=5
End use
ASSERT($r[0]=5; "gave "+String($r[0]))
