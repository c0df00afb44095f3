// language.md §12.1: OB Get returns the property value; missing (or differently-cased) property → undefined
var $o : Object
OB SET($o; "FirstName"; "Harry"; "age"; 42)
ALERT(OB Get($o; "FirstName"))
ALERT(String(OB Get($o; "age")))
ALERT(String(Undefined(OB Get($o; "missing"))))
ALERT(String(Undefined(OB Get($o; "firstname"))))
