  // language.md §3.2/§2: C_OBJECT / C_COLLECTION variables hold references
C_OBJECT($o;$o2)
C_COLLECTION($c;$c2)
$o:=New object("n";1)
$o2:=$o
$o2.n:=2
ALERT(String($o.n))
$c:=New collection("a")
$c2:=$c
$c2.push("b")
ALERT($c.join(","))
