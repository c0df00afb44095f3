// JSON Stringify of a dataclass, ds, an entity and an entity selection as the first ORDA
// use (was internal error -10990: the ORDA classes' computed attributes were added while
// toObject() went through the attributes; a dataclass's JSON missed them)
ALERT(String(Value type(JSON Parse(JSON Stringify(ds.Employee)).fullName)))
CREATE RECORD([Employee])
[Employee]firstName:="Sherlock"
[Employee]lastName:="Holmes"
SAVE RECORD([Employee])
var $o:=JSON Parse(JSON Stringify(ds.Employee.all().first()))
ALERT($o.lastName+" "+String(Undefined($o.fullName)))
ALERT(JSON Stringify(ds.Employee.all()))
ALERT(String(Value type(JSON Parse(JSON Stringify(ds)).Employee.fullName)))
