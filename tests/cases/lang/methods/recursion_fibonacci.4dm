// language.md §7.1: recursion (modern style), each call with its own locals
#DECLARE($n : Integer) -> $f : Integer
If (Count parameters=0)
	ALERT(String(recursion_fibonacci(10)))
	ALERT(String(recursion_fibonacci(1)))
	ALERT(String(recursion_fibonacci(0)))
	return 
End if 
If ($n<2)
	$f:=$n
Else 
	$f:=recursion_fibonacci($n-1)+recursion_fibonacci($n-2)
End if 
