// language.md §4.8: passing undefined to a typed parameter gives the type's empty value
#DECLARE($t : Text; $n : Integer; $b : Boolean)
If (Count parameters=0)
	$o:={}
	undefined_to_typed_parameter($o.missing; $o.missing; $o.missing)
Else 
	ALERT("["+$t+"]")
	ALERT(String($n))
	ALERT(String($b))
	ALERT(String(Count parameters))
End if 
