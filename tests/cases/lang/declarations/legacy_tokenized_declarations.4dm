//%attributes = {"invisible":true}
  // language.md §3.2: tokenized legacy declarations C_XXX:Cnnn
C_LONGINT:C283($i;$sum)
C_TEXT:C284($t)
C_OBJECT:C1216($o)
C_COLLECTION:C1488($c)
C_BOOLEAN:C305($b)
C_REAL:C285($r)
$c:=New collection:C1472(1;2;3)
For ($i;0;$c.length-1)
	$sum:=$sum+$c[$i]
End for 
$o:=New object:C1471("sum";$sum)
$t:=JSON Stringify:C1217($o)
ALERT:C41($t)
ALERT:C41(String:C10(Type:C295($i)))
ALERT:C41(String:C10($b))
ALERT:C41(String:C10(Type:C295($r)))