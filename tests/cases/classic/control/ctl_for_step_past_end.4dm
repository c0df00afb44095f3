  // language.md §5: a step larger than the range runs once; the counter ends at start+step
C_LONGINT($i;$n)
For ($i;1;3;5)
	$n:=$n+1
End for 
ALERT(String($n)+" "+String($i))
