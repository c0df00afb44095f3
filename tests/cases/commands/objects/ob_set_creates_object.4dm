// language.md §12.1: OB SET creates the object when the variable is null
var $o : Object
ALERT(String(OB Is defined($o)))
OB SET($o; "a"; 1)
ALERT(String(OB Is defined($o)))
ALERT(JSON Stringify($o))
