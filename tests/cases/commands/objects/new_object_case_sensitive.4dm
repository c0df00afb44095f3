// language.md §1.4 / §12.1: property names are case-sensitive
var $o : Object
$o:=New object("Name"; "A"; "name"; "b")
ALERT(String(OB Keys($o).length))
ALERT($o.Name+$o.name)
ALERT(String(Undefined($o.NAME)))
ALERT(JSON Stringify($o))
