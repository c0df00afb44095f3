// language.md §3.1/§9: variables typed cs.X default to null and hold instances of X
var $p : cs.Person
ALERT(String($p=Null))
$p:=cs.Person.new("Ann")
ALERT($p.name)
var $q : cs.Person:=$p
$q.name:="Changed"
ALERT($p.name)
ALERT(MakePerson("Zoe").name)
ALERT(String(OB Instance of(MakePerson("x"); cs.Person)))
