  // language.md §3.2: typing form C_TEXT(MethodName;$1;$2) may list several parameters
C_TEXT(decl_c_text_typing_form_several;$1;$2;$0)
If (Count parameters=0)
	ALERT(decl_c_text_typing_form_several("con";"cat"))
Else 
	$0:=$1+$2
End if 
