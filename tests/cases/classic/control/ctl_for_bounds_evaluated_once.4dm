  // language.md §5: start, end and step are evaluated once before the loop
C_LONGINT($i;$end;$n)
$end:=3
For ($i;1;$end)
	$end:=10
	$n:=$n+1
End for 
ALERT(String($n))
