// Doc: https://developer.4d.com/docs/Concepts/dt_object#examples
// Assigning creates then modifies a property; sub-objects are read with dots
var $Emp : Object:=New object
$Emp.city:="London"
$Emp.city:="Paris"
$Emp.phone:=New object("office"; "123456789"; "home"; "0011223344")
ASSERT($Emp.city="Paris"; "city")
ASSERT($Emp.phone.home="0011223344"; "phone.home")
