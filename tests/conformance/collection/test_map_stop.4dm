// Doc: https://developer.4d.com/docs/API/CollectionClass#map
// Setting $1.stop in the callback stops the iteration: map() then returns fewer elements
#DECLARE($e : Object)
If (Count parameters=0)
	var $r : Collection:=New collection(1; 2; 3; 4; 5).map("test_map_stop")
	ASSERT($r.length<5; "stop ignored: "+JSON Stringify($r))
	ASSERT($r[0]=1; "gave "+JSON Stringify($r))
Else
	$e.result:=$e.value
	If ($e.value=2)
		$e.stop:=True
	End if
End if
