#DECLARE($o : Object) -> $t : Text
If ($o=Null)
	$t:="null"
Else
	$t:=JSON Stringify($o)
End if
