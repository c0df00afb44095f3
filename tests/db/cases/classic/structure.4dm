// structure access (docs: Table, Field, Table name, Field name, Get last table number, Get last
// field number, GET FIELD PROPERTIES, Is table number valid, Is field number valid)
var $t; $f : Pointer
var $type; $length : Integer
var $indexed; $unique; $invisible : Boolean
$t:=->[Employee]
$f:=->[Employee]lastName
ALERT(String(Table($t))+" "+String(Table($f))+" "+String(Field($f))+" "+Table name($t)+" "+Table name(1)+" "+Field name($f)+" "+Field name(2; 2))
ALERT(String(Get last table number)+" "+String(Get last field number($t))+" "+String(Get last field number(3)))
$t:=Table(3)
$f:=Field(2; 13)
ALERT(Table name($t)+" "+Field name($f)+" "+String(Is table number valid(3))+" "+String(Is table number valid(99))+" "+String(Is field number valid(2; 13))+" "+String(Is field number valid(2; 99)))
GET FIELD PROPERTIES(->[Employee]email; $type; $length; $indexed; $unique; $invisible)
ALERT(String($type)+" "+String($length)+" "+String($indexed)+" "+String($unique)+" "+String($invisible))
GET FIELD PROPERTIES(2; 4; $type; $length; $indexed; $unique)
ALERT(String($type)+" "+String($length)+" "+String($indexed)+" "+String($unique))
GET FIELD PROPERTIES(->[Employee]ID; $type; $length; $indexed; $unique)
ALERT(String($type)+" "+String($indexed)+" "+String($unique)+" "+String($type=Is longint))
// a pointer to a field reads and writes the current record
CREATE RECORD([Company])
$f:=->[Company]name
$f->:="Pointed"
SAVE RECORD([Company])
ALERT([Company]name+" "+$f->+" "+JSON Stringify(ds.Company.all().name))
