// Doc: https://developer.4d.com/docs/Concepts/classes#overview
// cs.Person.new("John";"Doe") then sayHello() gives "Hello John Doe"
var $person : cs.Person
var $hello : Text
$person:=cs.Person.new("John"; "Doe")
$hello:=$person.sayHello()
ASSERT($hello="Hello John Doe"; "gave "+$hello)
ASSERT($person.fullName="John Doe"; "fullName "+$person.fullName)
