C_REAL($0)
C_LONGINT($1)
If ($1<=1)
	$0:=1
Else
	$0:=$1*Fact($1-1)
End if
