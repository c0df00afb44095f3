// language.md §1.5: True:C214, False:C215, Null:C1517, Not:C34
ALERT(String:C10(True:C214))
ALERT(String:C10(False:C215))
ALERT(String:C10(Not:C34(False:C215)))
ALERT(String:C10(Null:C1517))
ALERT(String:C10(Value type:C1509(Null:C1517)))
$o:=New object:C1471("x";Null:C1517)
ALERT(String:C10($o.x=Null:C1517))
