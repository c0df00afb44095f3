// language.md §4.3: Date + Date has no rule -> incompatible types error
ALERT("before")
$d:=!2024-01-01!
$x:=$d+$d
ALERT("never")
