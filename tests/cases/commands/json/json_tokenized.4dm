// language.md §1.5 / §12.1: JSON Stringify:C1217 / JSON Parse:C1218 tokenized, with * and a type constant
var $o : Object
$o:=JSON Parse:C1218("{\"a\":{\"b\":1}}")
ALERT:C41(JSON Stringify:C1217($o))
ALERT:C41(JSON Stringify:C1217($o; *))
ALERT:C41(String:C10(JSON Parse:C1218("7.2"; Is longint:K8:6)))
