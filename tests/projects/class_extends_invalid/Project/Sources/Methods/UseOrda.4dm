// an ORDA class (Class extends DataClass) loads like any class (runtime/db gives it a dataclass)
ALERT("before")
var $x : Object:=cs.People.new()
ALERT("after")
