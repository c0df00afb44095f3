// EXECUTE METHOD(name; result|*; params…) calls a project method by name
var $r : Integer
EXECUTE METHOD("Add"; $r; 2; 3)
ALERT(String($r))
EXECUTE METHOD("Log"; *; "hi")
EXECUTE METHOD("NoParams")
var $t : Text
EXECUTE METHOD("Legacy"; $t; "x")
ALERT($t)
var $name : Text:="Add"
EXECUTE METHOD($name; $r; 10; 20)
ALERT(String($r))
EXECUTE METHOD("Say it"; *; "sp")
ALERT(String(OK))
