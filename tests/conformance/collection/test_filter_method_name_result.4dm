// Doc: https://developer.4d.com/docs/API/CollectionClass#filter
// With a method name, .filter() uses $1.result set by the method
#DECLARE($e : Object; $min : Integer)
If (Count parameters=0)
	var $c : Collection:=New collection(1; 5; 10; 15)
	var $r : Collection:=$c.filter("test_filter_method_name_result"; 8)
	ASSERT(JSON Stringify($r)="[10,15]"; "gave "+JSON Stringify($r))
Else
	$e.result:=$e.value>$min
End if
