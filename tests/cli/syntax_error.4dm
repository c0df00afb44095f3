If (True)
	$x:=1 +* 2
End if
