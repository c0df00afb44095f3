ALERT(JSON Stringify(cs.Person.new("a")))
ALERT(String(Undefined(cs.Nope)))
ALERT(String(Undefined(cs.person)))
