  // language.md §5: While tests the condition before each iteration (possibly zero times)
C_LONGINT($n)
While (False)
	$n:=99
End while 
ALERT(String($n))
While ($n<5)
	$n:=$n+2
End while 
ALERT(String($n))
