#DECLARE($name : Text) -> $p : cs.Person
$p:=cs.Person.new($name)
