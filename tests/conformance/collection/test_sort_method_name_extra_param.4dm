// Doc: https://developer.4d.com/docs/API/CollectionClass#sort
// .sort(methodName; extraParam): the method sets $1.result, extra params arrive in $2
#DECLARE($p : Object; $desc : Boolean)
If (Count parameters=0)
	var $col : Collection:=New collection(2; 9; 4)
	$col.sort("test_sort_method_name_extra_param"; True)
	ASSERT(JSON Stringify($col)="[9,4,2]"; "gave "+JSON Stringify($col))
Else
	$p.result:=Choose($desc; $p.value>$p.value2; $p.value<$p.value2)
End if
