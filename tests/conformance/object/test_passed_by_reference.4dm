// Doc: https://developer.4d.com/docs/Concepts/dt_object#pointers
// Objects are passed by reference: a method can modify its object parameter
#DECLARE($o : Object)
If (Count parameters=0)
	var $obj : Object:=New object("n"; 1)
	test_passed_by_reference($obj)
	ASSERT($obj.n=2; "gave "+String($obj.n))
Else
	$o.n:=2
End if
