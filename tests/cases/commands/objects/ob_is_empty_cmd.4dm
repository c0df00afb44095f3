// language.md §12.1: OB Is empty is True for a null object or one without properties
var $o : Object
ALERT(String(OB Is empty($o)))
$o:=New object
ALERT(String(OB Is empty($o)))
OB SET($o; "name"; "Susie"; "age"; 4)
ALERT(String(OB Is empty($o)))
OB REMOVE($o; "name")
OB REMOVE($o; "age")
ALERT(String(OB Is empty($o)))
ALERT(String(OB Is defined($o)))
