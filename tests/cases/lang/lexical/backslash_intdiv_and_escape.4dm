// language.md §1.2: elsewhere \ is integer division; inside strings it starts an escape
$a:=7\2
ALERT(String($a))
$b:=(9\2)+1
ALERT(String($b))
$t:="back\\slash"
ALERT($t)
ALERT(String(Length($t)))
ALERT("quote\"inside")
