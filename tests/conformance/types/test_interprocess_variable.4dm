// Doc: https://developer.4d.com/docs/Concepts/variables#interprocess-variables
// Interprocess variables start with <> and are shared across processes
#DECLARE($child : Integer)
If (Count parameters=0)
	<>shared:=5
	var $p : Integer:=New process("test_interprocess_variable"; 0; "ipv"; 1)
	var $i : Integer
	For ($i; 1; 300)
		If (<>shared=6)
			break
		End if
		DELAY PROCESS(Current process; 1)
	End for
	ASSERT(<>shared=6; "gave "+String(<>shared))
Else
	<>shared:=<>shared+1
End if
