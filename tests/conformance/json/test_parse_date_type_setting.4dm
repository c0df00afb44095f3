// Doc: https://developer.4d.com/docs/commands/json-parse#example-3
// Follows: language.md §2 [Decision: date type]
// With the date type setting, a "YYYY-MM-DD" string in an object becomes a date
var $json : Text:="{\"name\":\"Marcus\",\"birthday\":\"2017-10-16\"}"
var $o : Object:=JSON Parse($json)
var $birthday : Date:=$o.birthday
ASSERT($birthday=!2017-10-16!; "gave "+String($birthday; ISO date))
ASSERT(Value type($o.birthday)=Is date; "type "+String(Value type($o.birthday)))
