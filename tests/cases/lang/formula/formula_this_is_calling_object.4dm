// language.md §8.1: This inside the formula is the object it is called on
$o:={n: 5}
$o.double:=Formula(This.n*2)
ALERT(String($o.double()))
$o.n:=7
ALERT(String($o.double()))
$o2:={n: 100; double: $o.double}
ALERT(String($o2.double()))
