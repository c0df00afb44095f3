  // language.md §3.2: C_TEXT(MethodName;$0) / C_LONGINT(MethodName;$1;$2) typing forms are declarations
C_TEXT(decl_c_method_typing_result;$0)
C_LONGINT(decl_c_method_typing_result;$1;$2)
If (Count parameters=0)
	ALERT(decl_c_method_typing_result(6;7))
Else 
	$0:="product="+String($1*$2)
End if 
