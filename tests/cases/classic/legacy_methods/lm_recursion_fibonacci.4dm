  // language.md §7.1/§7.3: double recursion through $0, each call has its own $1/$0
C_LONGINT($1;$0)
C_LONGINT($i)
C_TEXT($out)
If (Count parameters=0)
	For ($i;0;10)
		$out:=$out+String(lm_recursion_fibonacci($i))+" "
	End for 
	ALERT($out)
Else 
	If ($1<2)
		$0:=$1
	Else 
		$0:=lm_recursion_fibonacci($1-1)+lm_recursion_fibonacci($1-2)
	End if 
End if 
