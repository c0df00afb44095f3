// Doc: https://developer.4d.com/docs/API/ClassClass#new
// new() passes its parameters to the constructor, where This is the new object
var $person : cs.Person:=cs.Person.new("John"; "Doe")
ASSERT(($person.firstName="John") & ($person.lastName="Doe"); "gave "+JSON Stringify($person))
