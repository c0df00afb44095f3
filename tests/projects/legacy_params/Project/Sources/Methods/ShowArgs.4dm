C_TEXT(${1})
C_LONGINT($i)
ALERT(String(Count parameters))
For ($i; 1; Count parameters)
	ALERT(${$i})
End for
