// Doc: https://developer.4d.com/docs/Concepts/dt_null_undefined#null-operators
// A declared Object is null, a declared Text is "" (scalar defaults are neither null nor undefined)
var $object : Object
var $text : Text
ASSERT($object=Null; "object not null")
ASSERT($text=""; "text not empty")
ASSERT(Not($text=Null); "text equals null")
