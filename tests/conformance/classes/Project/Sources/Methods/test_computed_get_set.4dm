// Doc: https://developer.4d.com/docs/Concepts/classes#function-get-and-function-set
// Reading fullName calls the getter; assigning it calls the setter
var $person : cs.Person:=cs.Person.new("Ann"; "Lee")
var $fullName : Text:=$person.fullName
ASSERT($fullName="Ann Lee"; "get gave "+$fullName)
$person.fullName:="John Smith"
ASSERT($person.firstName="John"; "firstName "+$person.firstName)
ASSERT($person.lastName="Smith"; "lastName "+$person.lastName)
