// Doc: https://developer.4d.com/docs/API/CollectionClass#reduceright
// .reduceRight() goes right to left: [6,7,4,5,2,3,0,1] (example 2)
#DECLARE($p : Object)
If (Count parameters=0)
	var $c; $r : Collection
	$c:=New collection
	$c.push(New collection(0; 1))
	$c.push(New collection(2; 3))
	$c.push(New collection(4; 5))
	$c.push(New collection(6; 7))
	$r:=$c.reduceRight(Formula(test_reduceright_flatten_order))
	ASSERT(JSON Stringify($r)="[6,7,4,5,2,3,0,1]"; "gave "+JSON Stringify($r))
Else
	If ($1.accumulator=Null)
		$1.accumulator:=New collection
	End if
	$1.accumulator.combine($1.value)
End if
