// Doc: https://developer.4d.com/docs/Concepts/classes#function-get-and-function-set
// A computed property is not stored: it is not among the object's keys
var $person : cs.Person:=cs.Person.new("Ann"; "Lee")
ASSERT(OB Keys($person).indexOf("fullName")=-1; "keys "+JSON Stringify(OB Keys($person)))
