// language.md §12.4 / §14.16: Bool — numbers ≠0 → True; Null/undefined → False; any Text (even "true") → False
var $o : Object
$o:=New object
ALERT(String(Bool(1)))
ALERT(String(Bool(0)))
ALERT(String(Bool(-2.5)))
ALERT(String(Bool("true")))
ALERT(String(Bool(Null)))
ALERT(String(Bool($o.missing)))
ALERT(String(Bool(True)))
ALERT(String(Bool(False)))
