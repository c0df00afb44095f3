// language.md §4.7: assigning undefined to an existing property resets it to its type's empty value
$o:={t: "x"; n: 5; b: True; d: !2024-01-31!; c: [1]; o: {a: 1}}
$o.t:=$o.nothing
$o.n:=$o.nothing
$o.b:=$o.nothing
$o.d:=$o.nothing
$o.c:=$o.nothing
$o.o:=$o.nothing
ALERT("["+$o.t+"]")
ALERT(String($o.n))
ALERT(String($o.b))
ALERT(String($o.d=!00-00-00!))
ALERT(String($o.c=Null))
ALERT(String($o.o=Null))
ALERT(String(OB Keys($o).length))
