// Doc: https://developer.4d.com/docs/API/CollectionClass#orderbymethod
// Follows: the sortCollection method with $option (the doc's code reads an undeclared $option2, a typo)
// .orderByMethod(method; sk strict) sorts by language: alpha, Alpha, bravo, Bravo… (example 3)
#DECLARE($toSort : Object; $option : Integer)
If (Count parameters=0)
	var $strings1 : Collection:=New collection("Alpha"; "Charlie"; "alpha"; "bravo"; "Bravo"; "charlie")
	var $strings2 : Collection:=$strings1.orderByMethod(Formula(test_orderbymethod_strict); sk strict)
	ASSERT($strings2.join(",")="alpha,Alpha,bravo,Bravo,charlie,Charlie"; "gave "+$strings2.join(","))
Else
	$toSort.result:=(Compare strings($toSort.value; $toSort.value2; $option)<0)
End if
