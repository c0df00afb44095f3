var $p : cs.Person
ALERT("before")
$p:=cs.Animal.new()
ALERT("after")
