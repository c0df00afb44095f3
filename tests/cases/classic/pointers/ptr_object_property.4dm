  // language.md §4.7 + 4D docs Pointers: $p->prop reads and writes a property of the pointed object
C_OBJECT($o)
C_POINTER($p)
$o:=New object("name";"first")
$p:=->$o
ALERT($p->name)
$p->name:="second"
ALERT($o.name)
ALERT($p->["name"])
