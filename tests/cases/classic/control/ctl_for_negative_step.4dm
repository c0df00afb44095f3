  // language.md §5: For with a negative step; after completion the counter is the first value past the end
C_LONGINT($i)
C_TEXT($out)
For ($i;10;1;-3)
	$out:=$out+String($i)+" "
End for 
ALERT($out)
ALERT(String($i))
