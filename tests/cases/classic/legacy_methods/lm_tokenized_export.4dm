//%attributes = {"invisible":true,"preemptive":"capable"}
  // language.md §1.5/§7: a legacy method as exported by 4D (tokens, $0/$1, indented comments)
C_TEXT:C284($0)
C_TEXT:C284($1)
C_LONGINT:C283($2)
C_LONGINT:C283($i)
If (Count parameters:C259=0)
	ALERT:C41(lm_tokenized_export("ab";3))
Else 
	  // repeat $1 $2 times, separated by "."
	$0:=""
	For ($i;1;$2)
		If ($i>1)
			$0:=$0+"."
		End if 
		$0:=$0+$1
	End for 
End if 
