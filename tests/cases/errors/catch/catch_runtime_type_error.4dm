// language.md §2 / §11.4: runtime errors (incompatible types) are caught like thrown ones
var $x : Variant
Try
	$x:="abc"+0.5
	ALERT("must not print")
Catch
	ALERT("caught type error: "+String(Last errors.length>0))
End try
