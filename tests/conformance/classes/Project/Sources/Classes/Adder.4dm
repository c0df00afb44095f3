// Classes page: parameters with and without type; a result declared with ->
Function add($x : Variant; $y : Integer)->$result : Integer
	$result:=$x+$y

Function addReturn($x : Variant; $y : Integer) : Integer
	return $x+$y
