//%attributes = {"invisible":true}
  // language.md §1.5/§5: legacy exported loops with tokenized commands and indented comments
C_LONGINT:C283($i;$j;$count)
C_TEXT:C284($t)
$t:="a,b,,c"
For ($i;1;Length:C16($t))
	  // count separators
	If ($t[[$i]]=",")
		$count:=$count+1
	End if 
End for 
ALERT:C41(String:C10($count))
$j:=0
Repeat 
	$j:=$j+1
Until ($j>=Length:C16($t))
ALERT:C41(String:C10($j))
