// a recursion 100,000 deep ends with 4D's stack error (-10520), quickly
#DECLARE($n : Integer)
If ($n<100000)
	deep_recursion($n+1)
End if
ALERT("never")
