// language.md §4.7: a missing property reads as undefined; a property of undefined too (no error)
$o:={a: 1}
ALERT(String(Undefined($o.b)))
ALERT(String(Undefined($o.b.c.d)))
ALERT(String(Value type($o.zz)))
ALERT("["+String($o.b)+"]")
ALERT(String(Undefined($o["no such"])))
