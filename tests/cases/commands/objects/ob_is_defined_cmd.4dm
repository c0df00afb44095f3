// language.md §12.1: OB Is defined — without prop: object initialised; with prop: property exists (case-sensitive)
var $o : Object
ALERT(String(OB Is defined($o)))
$o:=New object("a"; Null; "b"; 1)
ALERT(String(OB Is defined($o)))
ALERT(String(OB Is defined($o; "b")))
ALERT(String(OB Is defined($o; "a")))
ALERT(String(OB Is defined($o; "c")))
ALERT(String(OB Is defined($o; "B")))
