// language.md §12.4: Current date returns a Date from the system clock (type and range only)
var $d : Date
$d:=Current date
ALERT(String(Value type(Current date)=Is date))
ALERT(String($d#!00-00-00!))
ALERT(String(Year of($d)>=2024))
ALERT(String((Month of($d)>=1) & (Month of($d)<=12)))
ALERT(String(Value type(Current date(*))=Is date))
