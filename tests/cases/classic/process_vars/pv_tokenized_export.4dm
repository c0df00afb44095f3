//%attributes = {"invisible":true}
  // language.md §1.5/§3.3: exported legacy code using process variables with tokenized commands
C_TEXT:C284($1)
If (Count parameters:C259=0)
	C_TEXT:C284(vPvMessage)
	vPvMessage:="start"
	pv_tokenized_export("-next")
	ALERT:C41(vPvMessage)
	ALERT:C41(String:C10(Length:C16(vPvMessage)))
Else 
	  // append the parameter
	vPvMessage:=vPvMessage+$1
End if 
