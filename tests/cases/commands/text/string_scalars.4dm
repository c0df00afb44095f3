// language.md §12.3 / §14.17: String of Boolean, Null, undefined and Text
var $o : Object
$o:=New object
ALERT(String(True))
ALERT(String(False))
ALERT(String(Null))
ALERT("["+String($o.missing)+"]")
ALERT(String("text"))
ALERT("["+String("")+"]")
