// language.md §9: computed properties are inherited and can be overridden
var $e : cs.Employee:=cs.Employee.new("Alan"; "Turing"; "R&D")
ALERT($e.fullName)
ALERT($e.initials)
ALERT($e.badge)
$e.fullName:="Joan Clarke"
ALERT($e.first+"|"+$e.last)
ALERT($e.greet())
var $p : cs.Person:=cs.Person.new("Alan"; "Turing")
ALERT($p.badge)
