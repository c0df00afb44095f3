// language.md §4.1: compound assignment on dates ($d+=10) and times
$d:=!2024-01-25!
$d+=10
ALERT(JSON Stringify($d))
$d-=4
ALERT(JSON Stringify($d))
$h:=?01:00:00?
$h+=?00:15:00?
ALERT(Time string($h))
