// Doc: https://developer.4d.com/docs/Concepts/dt_object#properties
// Object notation applies to a method's object result: MyMethod1.a gives 10
#DECLARE($flag : Boolean) -> $o : Object
If (Count parameters=0)
	var $result : Real:=test_method_result_member(True).a
	ASSERT($result=10; "gave "+String($result))
Else
	$o:=New object("a"; 10; "b"; 20)
End if
