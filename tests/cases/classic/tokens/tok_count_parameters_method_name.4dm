  // language.md §1.5/§7: Count parameters:C259 and Current method name:C684
C_TEXT:C284($1;$0)
If (Count parameters:C259=0)
	ALERT:C41(tok_count_parameters_method_name("x"))
Else 
	$0:=Current method name:C684+":"+String:C10(Count parameters:C259)
End if 
