// language.md §2: a declared Object is null until assigned
var $o : Object
ALERT(String($o=Null))
ALERT(String(OB Is defined($o)))
$o:=New object
ALERT(String($o=Null))
ALERT(String(OB Is defined($o)))
