  // language.md §3.2 (4D docs ARRAY OBJECT): object elements start null and hold references
ARRAY OBJECT($o;2)
ALERT(String(OB Is defined($o{1})))
$obj:=New object("v";1)
$o{1}:=$obj
$obj.v:=2
ALERT(String($o{1}.v))
$o{2}:=New object("name";"two")
ALERT($o{2}.name)
