// language.md §7.1: extra arguments are reachable as $n / ${n} (Variant)
#DECLARE($a : Text)
If (Count parameters=0)
	declare_more_args_than_declared("one"; "two"; 3; True)
Else 
	ALERT(String(Count parameters))
	ALERT($a)
	ALERT(${2})
	ALERT(String($3))
	ALERT(String(Value type(${4})))
	ALERT(String(Value type($3)))
End if 
