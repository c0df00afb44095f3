// an ORDA class (Class extends DataClass) needs a database: a clear error when it is used
ALERT("before")
var $x : Object:=cs.People.new()
ALERT("after")
