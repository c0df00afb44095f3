// Doc: https://developer.4d.com/docs/Concepts/dt_object#resources
// Assigning Null to an object variable releases the reference; other references keep the object
var $doc : Object:=New object("text"; "novel")
var $other : Object:=$doc
$doc:=Null
ASSERT($doc=Null; "not null")
ASSERT($other.text="novel"; "object lost")
