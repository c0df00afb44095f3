// language.md §4.8: Undefined(expr); $o.x=Null is True when x is missing or null
$o:={y: Null; z: 0}
ALERT(String(Undefined($o.x)))
ALERT(String($o.x=Null))
ALERT(String(Undefined($o.y)))
ALERT(String($o.y=Null))
ALERT(String($o.z=Null))
ALERT(String($o.z#Null))
