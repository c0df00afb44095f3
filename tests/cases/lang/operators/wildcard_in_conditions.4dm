// language.md §4.4: the @ wildcard applies in If and Case of conditions
$name:="Johnson"
If ($name="Jo@")
	ALERT("starts with Jo")
End if 
Case of 
	: ($name="@son")
		ALERT("ends with son")
	: ($name="J@")
		ALERT("never")
End case 
