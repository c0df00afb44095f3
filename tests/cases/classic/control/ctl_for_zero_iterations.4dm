  // language.md §5: start > end with a positive step runs zero times; the counter is set to start
C_LONGINT($i;$n)
For ($i;5;1)
	$n:=$n+1
End for 
ALERT(String($n)+" "+String($i))
For ($i;1;5;-1)
	$n:=$n+1
End for 
ALERT(String($n)+" "+String($i))
