// ON ERR CALL sees the stack overflow once, then the run goes on
#DECLARE($n : Integer)
If (Count parameters=0) & (Num(Error)#0)
	ALERT("handler: "+String(Error))
Else
	If (Count parameters=0)
		ON ERR CALL("recursion_on_err_call")
		recursion_on_err_call(1)
		ON ERR CALL("")
		ALERT("after")
	Else
		recursion_on_err_call($n+1)
	End if
End if
