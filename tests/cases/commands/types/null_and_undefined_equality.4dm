// language.md §4.8: $o.x=Null is True when missing or null; Null=Null, Null=undefined True; Null=42 False
var $o : Object
$o:=New object("n"; Null; "v"; 42)
ALERT(String($o.missing=Null))
ALERT(String($o.n=Null))
ALERT(String($o.v=Null))
ALERT(String(Null=Null))
ALERT(String($o.v#Null))
ALERT(String(Value type(Null)=Is null))
