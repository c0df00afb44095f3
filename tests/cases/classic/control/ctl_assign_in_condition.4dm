  // not fixed by language.md §4.1: := used inside a condition expression If (($i:=$i+1)>3)
C_LONGINT($i)
C_TEXT($out)
While (True)
	If (($i:=$i+1)>3)
		break
	End if 
	$out:=$out+String($i)
End while 
ALERT($out+" "+String($i))
