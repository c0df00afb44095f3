//%attributes = {"invisible":true}
  // language.md §1.5/§3.2: array code as exported by 4D with tokenized command names
C_LONGINT:C283($i;$pos)
C_TEXT:C284($out)
ARRAY TEXT:C222($aNames;0)
APPEND TO ARRAY:C911($aNames;"gamma")
APPEND TO ARRAY:C911($aNames;"alpha")
APPEND TO ARRAY:C911($aNames;"beta")
SORT ARRAY:C229($aNames;>)
For ($i;1;Size of array:C274($aNames))
	$out:=$out+$aNames{$i}+";"
End for 
ALERT:C41($out)
$pos:=Find in array:C230($aNames;"beta")
ALERT:C41(String:C10($pos))
INSERT IN ARRAY:C227($aNames;1)
DELETE FROM ARRAY:C228($aNames;Size of array:C274($aNames))
ALERT:C41(String:C10(Size of array:C274($aNames))+" ["+$aNames{1}+"] "+$aNames{3})
