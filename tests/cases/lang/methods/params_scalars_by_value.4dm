// language.md §7.1: scalar arguments are copied (the callee cannot change the caller's variables)
#DECLARE($t : Text; $n : Real; $d : Date)
If (Count parameters=0)
	var $myT : Text:="orig"
	var $myN : Real:=1
	var $myD : Date:=!2024-01-01!
	params_scalars_by_value($myT; $myN; $myD)
	ALERT($myT)
	ALERT(String($myN))
	ALERT(JSON Stringify($myD))
Else 
	$t:="changed"
	$n:=99
	$d:=!1999-12-31!
	ALERT($t)
End if 
