// a stack overflow is a 4D error like any other: Try/Catch catches it, the run goes on
#DECLARE($n : Integer)
If (Count parameters=0)
	Try
		recursion_caught(1)
	Catch
		ALERT("caught "+String(Last errors[0].errCode))
	End try
	ALERT("goes on: "+String(Try(recursion_caught(1))=Null))
Else
	recursion_caught($n+1)
End if
