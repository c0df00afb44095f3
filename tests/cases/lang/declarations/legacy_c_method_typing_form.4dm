  // language.md §3.2: C_TEXT(MethodName;$0) typing forms are treated as declarations
C_TEXT(legacy_c_method_typing_form;$0)
C_LONGINT(legacy_c_method_typing_form;$1)
If (Count parameters=0)
	ALERT(legacy_c_method_typing_form(41))
Else 
	$0:=String($1+1)
End if 
