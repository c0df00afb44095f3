//%attributes = {"invisible":true}
  // language.md §7.1: recursion with legacy $0/$1 parameters (tokenized export style)
C_LONGINT:C283($1;$0)
If (Count parameters:C259=0)
	ALERT:C41(String:C10(fact_legacy(5)))
	ALERT:C41(String:C10(fact_legacy(1)))
	ALERT:C41(String:C10(fact_legacy(10)))
Else 
	If ($1<=1)
		$0:=1
	Else 
		$0:=$1*fact_legacy($1-1)
	End if 
End if 