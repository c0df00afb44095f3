  // language.md §5: no Else if keyword: nested If inside Else
C_LONGINT($i)
C_TEXT($out)
For ($i;1;3)
	If ($i=1)
		$out:=$out+"a"
	Else 
		If ($i=2)
			$out:=$out+"b"
		Else 
			$out:=$out+"c"
		End if 
	End if 
End for 
ALERT($out)
