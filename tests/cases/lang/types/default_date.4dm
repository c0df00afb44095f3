// language.md §2: a declared Date defaults to !00-00-00!
var $d : Date
ALERT(String($d=!00-00-00!))
ALERT(String(Value type($d)))
$d:=!2024-05-06!
ALERT(JSON Stringify($d))
