// Doc: https://developer.4d.com/docs/Concepts/classes#creating-a-shared-class
// A shared class creates shared objects: OB Is shared($person) and cs.Person.isShared are true
var $person:=cs.SharedPerson.new("John"; "Smith")
ASSERT(OB Is shared($person); "instance not shared")
ASSERT(cs.SharedPerson.isShared; "isShared false")
