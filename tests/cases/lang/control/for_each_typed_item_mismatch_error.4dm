// language.md §5: a typed item variable receiving a mismatched type is an error (loop stops)
var $t : Text
For each ($t; ["a"; 2; "c"])
	ALERT($t)
End for each 
ALERT("never")
