  // language.md §1.5/§3.2: tokenized typing form C_TEXT:C284(MethodName;$0)
C_TEXT:C284(tok_typing_form;$0)
C_LONGINT:C283(tok_typing_form;$1)
If (Count parameters:C259=0)
	ALERT:C41(tok_typing_form(5))
Else 
	$0:=String:C10($1)*$1
End if 
