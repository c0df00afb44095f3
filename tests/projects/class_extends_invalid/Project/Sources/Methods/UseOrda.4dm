// an ORDA class (Class extends DataClass) loads like any class (runtime/db gives it a dataclass);
// new() on it is an error (docs ORDA/ordaClasses.md "Specific rules")
ALERT("before")
var $x : Object
Try
	$x:=cs.People.new()
Catch
	ALERT(cs.People.name+" "+String(Last errors[0].errCode))
End try
ALERT("after")
