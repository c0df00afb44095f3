// inner/outer call chain
#DECLARE($depth : Integer)
If ($depth<2)
	call_chain($depth+1)
Else 
	$o:=Null
	$v:=$o.missing
End if
