// Doc: https://developer.4d.com/docs/Concepts/dt_null_undefined#undefined
// String, Num, Date, Time, Bool return the empty value of their type for undefined
var $o : Object:=New object
ASSERT(Lowercase(String($o.a.b))=""; "String")
ASSERT(Num($o.a)=0; "Num")
ASSERT(Date($o.a)=!00-00-00!; "Date")
ASSERT(Time($o.a)=?00:00:00?; "Time")
ASSERT(Bool($o.a)=False; "Bool")
