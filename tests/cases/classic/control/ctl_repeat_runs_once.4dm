  // language.md §5: Repeat…Until runs the body at least once and stops when the condition is True
C_LONGINT($n)
Repeat 
	$n:=$n+1
Until (True)
ALERT(String($n))
Repeat 
	$n:=$n*2
Until ($n>20)
ALERT(String($n))
