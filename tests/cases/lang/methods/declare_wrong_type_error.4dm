// language.md §7.1: a wrong argument type for a #DECLARE parameter is an error at call time
#DECLARE($n : Integer) -> $r : Integer
If (Count parameters=0)
	ALERT("before")
	$r:=declare_wrong_type_error("abc")
	ALERT("never")
Else 
	$r:=$n
End if 
