// Doc: https://developer.4d.com/docs/Concepts/dt_object#examples
// $Emp[$addr+String($i)]:="" creates address1…address4
var $Emp : Object:=New object("city"; "Paris")
$Emp["city"]:="Berlin"
var $addr : Text:="address"
var $i : Integer
For ($i; 1; 4)
	$Emp[$addr+String($i)]:=""
End for
ASSERT($Emp.city="Berlin"; "city")
ASSERT(OB Keys($Emp).join(",")="city,address1,address2,address3,address4"; "keys "+OB Keys($Emp).join(","))
