#DECLARE($a : Integer) -> $r : Text
$r:="start"
If ($a>0)
	return
End if
$r:="end"
