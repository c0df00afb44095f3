// language.md §7.2 [Decision]: with #DECLARE($a; $b) the values are also available as $1, $2
#DECLARE($a : Text; $b : Integer)
If (Count parameters=0)
	declare_named_and_numbered("x"; 7)
Else 
	ALERT($1)
	ALERT(String($2))
	ALERT(String($1=$a))
	ALERT(String($2=$b))
End if 
