// Doc: https://developer.4d.com/docs/API/CollectionClass#orderbymethod
// Follows: the sortCollection method with $option (the doc's code reads an undeclared $option2, a typo)
// .orderByMethod(method; sk char codes) passes the option in $2: upper case first (example 3)
#DECLARE($toSort : Object; $option : Integer)
If (Count parameters=0)
	var $strings1 : Collection:=New collection("Alpha"; "Charlie"; "alpha"; "bravo"; "Bravo"; "charlie")
	var $strings2 : Collection:=$strings1.orderByMethod(Formula(test_orderbymethod_char_codes); sk char codes)
	ASSERT($strings2.join(",")="Alpha,Bravo,Charlie,alpha,bravo,charlie"; "gave "+$strings2.join(","))
Else
	$toSort.result:=(Compare strings($toSort.value; $toSort.value2; $option)<0)
End if
