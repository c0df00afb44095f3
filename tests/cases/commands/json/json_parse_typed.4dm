// language.md §12.1: JSON Parse(json; type) forces the result type (Is longint, Is text, Is time, Is date)
var $el : Integer
var $t : Text
var $h : Time
var $d : Date
$el:=JSON Parse("120.13"; Is longint)
ALERT(String($el))
$t:=JSON Parse("\"Year 42\""; Is text)
ALERT($t)
$h:=JSON Parse("5120"; Is time)
ALERT(Time string($h))
$d:=JSON Parse("\"2017-10-16\""; Is date)
ALERT(String(Year of($d))+"-"+String(Month of($d))+"-"+String(Day of($d)))
