  // language.md §1.5: tokenized object/collection commands as exported
C_OBJECT:C1216($o)
C_COLLECTION:C1488($c)
$o:=New object:C1471("a";1)
OB SET:C1220($o;"b";2)
$c:=New collection:C1472(3;4)
ALERT:C41(String:C10(OB Get:C1224($o;"b"))+" "+JSON Stringify:C1217($o)+" "+String:C10($c.length))
ALERT:C41(String:C10(OB Is defined:C1231($o;"a")))
