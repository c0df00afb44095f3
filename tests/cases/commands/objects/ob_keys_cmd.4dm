// language.md §12.1: OB Keys returns a collection of the first-level property names in creation order
var $o : Object
$o:={b: 1; a: {z: 1}; c: Null}
ALERT(JSON Stringify(OB Keys($o)))
$o.d:="x"
ALERT(OB Keys($o).join(","))
ALERT(String(OB Keys(New object).length))
ALERT(String(Value type(OB Keys($o))))
