  // language.md §5/§14.13: after a completed For loop the counter holds end+step (first value past the end)
C_LONGINT($i;$n)
For ($i;1;100)
	$n:=$n+1
End for 
ALERT(String($n)+" "+String($i))
For ($i;1;10;2)
End for 
ALERT(String($i))
