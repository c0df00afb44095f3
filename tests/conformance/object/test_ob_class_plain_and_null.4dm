// Doc: https://developer.4d.com/docs/commands/ob-class#description
// All objects inherit from Object; OB Class of a non-object returns null
// Follows: language.md §9 [Decision]: OB Class of a plain object is the 4D.Object class
var $class : Object:=OB Class(New object)
ASSERT($class.name="Object"; "name "+String($class.name))
ASSERT(OB Class("text")=Null; "non-object not null")
