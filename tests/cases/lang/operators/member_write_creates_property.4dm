// language.md §4.7: writing a property of an object creates it (creation order kept)
$o:={}
$o.name:="x"
$o["with space"]:=1
$o.nested:={}
$o.nested.deep:=2
$o.name:="y"
ALERT(JSON Stringify($o))
ALERT(JSON Stringify(OB Keys($o)))
