// Doc: https://developer.4d.com/docs/API/CollectionClass#reduce
// .reduce(Formula(Flatten)): the accumulator starts Undefined and the method combines (example 2)
#DECLARE($p : Object)
If (Count parameters=0)
	var $c; $r : Collection
	$c:=New collection
	$c.push(New collection(0; 1))
	$c.push(New collection(2; 3))
	$c.push(New collection(4; 5))
	$c.push(New collection(6; 7))
	$r:=$c.reduce(Formula(test_reduce_flatten_method))
	ASSERT(JSON Stringify($r)="[0,1,2,3,4,5,6,7]"; "gave "+JSON Stringify($r))
Else
	If ($1.accumulator=Null)
		$1.accumulator:=New collection
	End if
	$1.accumulator.combine($1.value)
End if
