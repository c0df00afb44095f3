  // language.md §7.1: a method can be called as a statement; its $0 is then ignored
C_LONGINT($1;$0)
If (Count parameters=0)
	vLmSideEffect:=0
	lm_statement_call_ignores_result(3)
	ALERT(String(vLmSideEffect))
Else 
	vLmSideEffect:=$1*3
	$0:=-1
End if 
