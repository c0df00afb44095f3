// language.md §7.1/§4.8: missing or undefined arguments get their type's empty value
Show
ALERT("--")
Show("x"; 5; 1.5; True)
ALERT("--")
var $o : Object:={}
Show($o.missing; $o.missing2)
