// language.md §1.6: dot access uses identifier-like names; any string works with ["..."]
$o:=New object
$o["a b"]:=1
$o["1x"]:=2
$o._hidden:=3
$o.camelCase2:=4
$k:="dyn"+"amic"
$o[$k]:=5
ALERT(JSON Stringify($o))
ALERT(String($o["a b"]+$o["1x"]))
ALERT(String($o.dynamic))
