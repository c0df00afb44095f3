// language.md §1.4: variable names are case-insensitive ($myVar and $MYVAR are the same)
$myVar:=5
ALERT(String($MYVAR))
$MyVar:=$myvar+1
ALERT(String($myVar))
vGlobal:=1
VGLOBAL:=VGlobal+1
ALERT(String(vglobal))
