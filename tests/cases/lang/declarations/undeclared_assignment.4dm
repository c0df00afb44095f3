// language.md §3.1: variables created by assignment without declaration; their type can change later
MyVar:=3
ALERT(String(MyVar))
MyVar:="now text"
ALERT(MyVar)
$loc:=1
$loc:=$loc+1
ALERT(String($loc))
$loc:="t"
ALERT($loc)
