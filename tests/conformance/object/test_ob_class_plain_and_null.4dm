// Doc: https://developer.4d.com/docs/commands/ob-class#description
// Follows: language.md §9 [Decision]: OB Class of a plain object is the 4D.Object class
// All objects inherit from Object; OB Class of a non-object returns null
var $class : Object:=OB Class(New object)
ASSERT($class.name="Object"; "name "+String($class.name))
ASSERT(OB Class("text")=Null; "non-object not null")
