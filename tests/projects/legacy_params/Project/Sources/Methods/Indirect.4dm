C_LONGINT($0)
C_LONGINT($i)
For ($i; 1; Count parameters)
	$0:=$0+${$i}
End for
