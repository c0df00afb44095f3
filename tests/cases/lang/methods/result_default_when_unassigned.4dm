// language.md §7.3: an unassigned result variable returns its type's default value
#DECLARE($kind : Text) -> $r : Text
If (Count parameters=0)
	ALERT("["+result_default_when_unassigned("nothing")+"]")
	ALERT(String(Length(result_default_when_unassigned("x"))))
End if 
