// language.md §7.1: missing parameters get their type's default value
#DECLARE($t : Text; $n : Integer; $b : Boolean; $o : Object; $c : Collection; $r : Real; $d : Date)
If (Count parameters=0)
	declare_fewer_args_defaults("x")
Else 
	ALERT(String(Count parameters))
	ALERT("["+$t+"]")
	ALERT(String($n))
	ALERT(String($b))
	ALERT(String($o=Null))
	ALERT(String($c=Null))
	ALERT(String($r))
	ALERT(String($d=!00-00-00!))
End if 
