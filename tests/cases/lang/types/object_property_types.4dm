// language.md §2: object properties hold any type (Value type of each)
$o:={t: "x"; b: True; o: {}; c: []; n: Null; r: 1.5}
ALERT(String(Value type($o.t)))
ALERT(String(Value type($o.b)))
ALERT(String(Value type($o.o)))
ALERT(String(Value type($o.c)))
ALERT(String(Value type($o.n)))
ALERT(String(Value type($o.r)))
ALERT(String(Value type($o.missing)))
