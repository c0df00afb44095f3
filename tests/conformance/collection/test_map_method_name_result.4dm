// Doc: https://developer.4d.com/docs/API/CollectionClass#map
// With a method name, .map() adds the $1.result each call sets
#DECLARE($e : Object; $factor : Integer)
If (Count parameters=0)
	var $r : Collection:=New collection(1; 2; 3).map("test_map_method_name_result"; 10)
	ASSERT(JSON Stringify($r)="[10,20,30]"; "gave "+JSON Stringify($r))
Else
	$e.result:=$e.value*$factor
End if
