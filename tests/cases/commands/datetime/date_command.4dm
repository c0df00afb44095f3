// language.md §12.4: Date(text) parses ISO "YYYY-MM-DD" / "YYYY-MM-DDTHH:MM:SS"; invalid or undefined → !00-00-00!
var $d : Date
var $o : Object
$o:=New object
$d:=Date("2023-11-27")
ALERT(JSON Stringify($d))
$d:=Date("2023-11-27T10:20:30")
ALERT(String(Year of($d))+"/"+String(Month of($d))+"/"+String(Day of($d)))
ALERT(String(Date("garbage")=!00-00-00!))
ALERT(String(Date($o.missing)=!00-00-00!))
ALERT(JSON Stringify(Date(!2020-02-29!)))
ALERT(String(Value type(Date("2020-01-01"))=Is date))
