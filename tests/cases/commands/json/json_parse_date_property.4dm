// language.md §12.1 [Decision: date type]: "YYYY-MM-DD" strings in parsed objects become Date values
var $o : Object
var $birthday : Date
$o:=JSON Parse("{\"name\":\"Marcus\",\"birthday\":\"2017-10-16\"}")
$birthday:=$o.birthday
ALERT(String(Value type($o.birthday)=Is date))
ALERT(String(Day of($birthday)))
ALERT(JSON Stringify($o))
