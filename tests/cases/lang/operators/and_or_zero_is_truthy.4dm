// language.md §4.5: numeric 0 is truthy for && and ||
ALERT(String(0 || 5))
ALERT(String(0 && 5))
$n:=0
ALERT(String($n || 99))
