C_TEXT($0;$1)
C_TEXT(${2})
C_LONGINT($i)
$0:=""
For ($i; 2; Count parameters)
	$0:=$0+$1+${$i}
End for
