// Doc: https://developer.4d.com/docs/Concepts/dt_object#new-object-command
// New object("name";"Smith";"age";42) creates a prefilled object
var $obFilled : Object:=New object("name"; "Smith"; "age"; 42)
ASSERT($obFilled.name="Smith"; "name")
ASSERT($obFilled.age=42; "age")
ASSERT(JSON Stringify(New object)="{}"; "empty object")
