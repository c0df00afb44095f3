// language.md §11.2: runtime errors (index out of range, property of Null) also call the handler and execution continues
#DECLARE($mode : Text)
If (Count parameters=0) & (Num(Error)#0)
	// called by ON ERR CALL (no parameters, Error is set)
	ALERT("handler called")
	return
End if
var $c : Collection
var $o : Object:=Null  // assigned Null: reading a property fails (§4.7)
var $x : Variant
$c:=New collection(1)
ON ERR CALL("onerr_runtime_error")
$x:=$c[3]
ALERT("continued after index error")
$x:=$o.name
ALERT("continued after null property")
ON ERR CALL("")
