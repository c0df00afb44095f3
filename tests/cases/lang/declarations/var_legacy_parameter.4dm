// language.md §3.1: var $1 : Text (deprecated parameter declaration) is accepted and keeps the passed value
var $1 : Text
var $0 : Text
If (Count parameters=0)
	ALERT(var_legacy_parameter("hello"))
Else 
	$0:=$1+"!"
End if 
