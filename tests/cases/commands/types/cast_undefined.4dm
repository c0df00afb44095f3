// language.md §4.8: casts of undefined give empty values: String → "", Num → 0, Date → !00-00-00!, Time → ?00:00:00?, Bool → False
var $o : Object
$o:=New object
ALERT("["+String($o.u)+"]")
ALERT(String(Num($o.u)))
ALERT(String(Date($o.u)=!00-00-00!))
ALERT(Time string(Time($o.u)))
ALERT(String(Bool($o.u)))
