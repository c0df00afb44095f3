// language.md §3.3: each call has fresh locals (a callee does not overwrite the caller's locals)
#DECLARE($depth : Integer) -> $r : Text
$mine:="d"+String($depth)
If ($depth<2)
	$sub:=locals_fresh_per_call($depth+1)
	$r:=$mine+"("+$sub+")"
Else 
	$r:=$mine
End if 
If (Count parameters=0)
	ALERT($r)
End if 
