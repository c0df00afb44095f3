  // 4D docs ARRAY LONGINT: applying ARRAY to an existing array keeps its elements (only new elements are initialised)
C_LONGINT($pass)
For ($pass;1;2)
	ARRAY LONGINT($n;2)
	$n{1}:=$n{1}+10
End for 
ALERT(String($n{1}))
