// language.md §5/§7.3: return expr assigns the result and exits immediately
#DECLARE($n : Integer) -> $r : Text
If (Count parameters=0)
	ALERT(return_expression_exits(1))
	ALERT(return_expression_exits(2))
	return 
End if 
If ($n=1)
	return "one"
	ALERT("never")
End if 
$r:="other"
