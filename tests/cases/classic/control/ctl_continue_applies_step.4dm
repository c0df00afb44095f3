  // language.md §5: continue in a For loop still applies the increment
C_LONGINT($i;$sum)
For ($i;1;10)
	If ($i%2=0)
		continue
	End if 
	$sum:=$sum+$i
End for 
ALERT(String($sum)+" "+String($i))
