  // language.md §5: Case of branches are Boolean expressions; the first true one runs
C_LONGINT($i)
C_TEXT($out)
For ($i;1;5)
	Case of 
		: ($i=1)
			$out:=$out+"one "
		: (($i>1) & ($i<4))
			$out:=$out+"mid "
		: ($i%2=0)
			$out:=$out+"even "
		Else 
			$out:=$out+"other "
	End case 
End for 
ALERT($out)
