ALERT(JSON Stringify(cs.Person.new("a")))
ALERT(cs.Person.name)
