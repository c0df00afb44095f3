  // language.md §5: break and continue apply to the innermost loop
C_LONGINT($i;$j)
C_TEXT($out)
For ($i;1;3)
	For ($j;1;5)
		If ($j=2)
			continue
		End if 
		If ($j=4)
			break
		End if 
		$out:=$out+String($i)+String($j)+" "
	End for 
End for 
ALERT($out)
ALERT(String($i)+" "+String($j))
