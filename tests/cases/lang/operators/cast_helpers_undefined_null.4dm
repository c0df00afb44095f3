// language.md §4.8: String/Num/Date/Time/Bool of undefined; String(Null)="null"
$o:={}
ALERT("["+String($o.u)+"]")
ALERT(String(Null))
ALERT(String(Num($o.u)))
ALERT(String(Date($o.u)=!00-00-00!))
ALERT(Time string(Time($o.u)))
ALERT(String(Bool($o.u)))
ALERT(String(Bool(Null)))
