// language.md §4.7: obj.prop, obj["prop"], obj[$name], chains a.b[2].c, 0-based collections
$o:={a: {b: [10; 20; {c: "deep"}]}}
ALERT($o.a.b[2].c)
ALERT(String($o["a"]["b"][0]))
$name:="a"
ALERT(String($o[$name].b.length))
$c:=[[1; 2]; [3; 4]]
ALERT(String($c[1][0]))
$i:=1
ALERT(String($o.a.b[$i]))
