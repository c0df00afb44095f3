// language.md §1.7: the null date literal !00-00-00!
var $d : Date
ALERT(String($d=!00-00-00!))
ALERT(String(!00-00-00!=!2024-01-01!))
ALERT(String(Date("")=!00-00-00!))
ALERT(String(Value type(!00-00-00!)))
