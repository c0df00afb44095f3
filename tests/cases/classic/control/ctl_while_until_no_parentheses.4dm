  // language.md §4.2: While and Until conditions without parentheses
C_LONGINT($n)
While $n<3
	$n:=$n+1
End while 
Repeat 
	$n:=$n+10
Until $n>20
ALERT(String($n))
