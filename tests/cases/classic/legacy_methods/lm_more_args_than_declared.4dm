  // language.md §7.1: extra arguments beyond the declared ones are still reachable through $n / ${n}
C_TEXT($1)
C_TEXT($0)
If (Count parameters=0)
	ALERT(lm_more_args_than_declared("a";"b";"c"))
Else 
	$0:=$1+String(Count parameters)+${3}
End if 
