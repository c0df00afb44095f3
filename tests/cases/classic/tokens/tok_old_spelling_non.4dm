  // language.md §1.5: an old spelling before the token is resolved by the command number (Non:C34 = Not)
C_BOOLEAN($b)
$b:=Non:C34(False:C215)
ALERT:C41(String:C10($b))
If (Non:C34($b))
	ALERT:C41("not reached")
Else 
	ALERT:C41("Non works in conditions")
End if 
