ALERT("before")
ALERT(String(OB Instance of(cs.Person.new("x"); cs.Nope)))
ALERT("after")
