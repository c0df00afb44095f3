//%attributes = {"shared":true,"preemptive":"capable"}
  // language.md §1.1/§1.5: legacy export style: CRLF, tabs, tokens, trailing spaces
C_COLLECTION:C1488($col)
C_TEXT:C284($item;$result)
$col:=New collection:C1472("a";"b";"c")
For each ($item;$col)
	If ($item#"b")
		$result:=$result+Uppercase:C13($item)
	Else 
		$result:=$result+"-"
	End if 
End for each 
ALERT:C41($result)
ALERT:C41(String:C10($col.length))