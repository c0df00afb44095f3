// language.md §1.5 / §12.1: tokenized command and constant names (New object:C1471, Is real:K8:4) behave like the plain names
var $o : Object
$o:=New object:C1471("a"; 1; "b"; "x")
ALERT:C41(JSON Stringify:C1217($o))
ALERT:C41(String:C10(Value type:C1509($o.a)=Is real:K8:4))
ALERT:C41(String:C10(OB Is defined:C1231($o; "b")))
