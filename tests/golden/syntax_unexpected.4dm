$a:=1
If ($a=1)
	$b:=$a +* 2
End if
