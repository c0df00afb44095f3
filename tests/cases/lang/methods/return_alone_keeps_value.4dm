// language.md §7.3: return alone exits keeping the current value of the result variable
#DECLARE($flag : Boolean) -> $r : Text
If (Count parameters=0)
	ALERT(return_alone_keeps_value(True))
	ALERT(return_alone_keeps_value(False))
	return 
End if 
$r:="kept"
If ($flag)
	return 
End if 
$r:="changed"
