  // language.md §5: modifying the counter inside the body affects the loop
C_LONGINT($i)
C_TEXT($out)
For ($i;1;10)
	$out:=$out+String($i)+" "
	$i:=$i+2
End for 
ALERT($out)
ALERT(String($i))
