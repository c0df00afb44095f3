// Doc: https://developer.4d.com/docs/Concepts/dt_object
// Property names differentiate between upper and lower case
var $o : Object:=New object("Name"; "upper")
$o.name:="lower"
ASSERT($o.Name="upper"; "Name overwritten")
ASSERT($o.name="lower"; "name")
ASSERT(OB Keys($o).length=2; "keys "+JSON Stringify(OB Keys($o)))
