//%attributes = {"invisible":true}
  // language.md §1.5: pointer code as exported, with tokenized commands
C_POINTER:C301($1)
C_POINTER:C301($ptr)
C_LONGINT:C283($n)
If (Count parameters:C259=0)
	$n:=1
	$ptr:=->$n
	ptr_tokenized_export($ptr)
	ptr_tokenized_export($ptr)
	ALERT:C41(String:C10($n))
	ALERT:C41(String:C10(Is nil pointer:C315($ptr)))
Else 
	  // increment the pointed value
	$1->:=$1->+1
End if 
