// recursive fib(25): 242,785 calls. fourd run bench/cpu/fib.4dm
#DECLARE($n : Integer) -> $r : Integer
If (Count parameters=0)
	ALERT(String(fib(25)))
	return 
End if 
If ($n<2)
	return $n
End if 
return fib($n-1)+fib($n-2)
