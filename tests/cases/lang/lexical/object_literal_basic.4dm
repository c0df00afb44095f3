// language.md §1.7: object literals {a: 1; b: "x"; "c d": $v; e: {}}
$v:=5
$o:={a: 1; b: "x"; "c d": $v; e: {}}
ALERT(JSON Stringify($o))
ALERT(String($o["c d"]))
ALERT(JSON Stringify({}))
ALERT(String(Value type({})))
$o2:={x: $v*2; y: String($v)+"!"; z: [1; 2]}
ALERT(JSON Stringify($o2))
