// Doc: https://developer.4d.com/docs/Concepts/operators#short-circuit-or-operator-
// $emp.phone || "n/a" gives the phone, or "n/a" when it is null or missing
var $phone : Text
var $emp : Object:=New object("phone"; Null)
$phone:=$emp.phone || "n/a"
ASSERT($phone="n/a"; "null gave "+$phone)
$emp.phone:="555"
$phone:=$emp.phone || "n/a"
ASSERT($phone="555"; "set gave "+$phone)
