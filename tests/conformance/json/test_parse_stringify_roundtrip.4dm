// Doc: https://developer.4d.com/docs/commands/json-parse#example-4
// JSON Stringify then JSON Parse gives a new, equal object
var $Contact; $Contact2 : Object
$Contact:=New object("name"; "Monroe"; "firstname"; "Alan")
var $JSONContact : Text:=JSON Stringify($Contact)
$Contact2:=JSON Parse($JSONContact)
ASSERT($Contact2#$Contact; "same reference")
ASSERT(($Contact2.name="Monroe") & ($Contact2.firstname="Alan"); "gave "+JSON Stringify($Contact2))
