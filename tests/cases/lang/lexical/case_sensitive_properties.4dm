// language.md §1.4: object property names are case-sensitive
$o:=New object("Name"; "upper")
$o.name:="lower"
ALERT($o.Name)
ALERT($o.name)
ALERT(String(Undefined($o.NAME)))
ALERT(String(OB Keys($o).length))
ALERT(JSON Stringify($o))
