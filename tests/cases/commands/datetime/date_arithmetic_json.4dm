// language.md §4.3 / §12.1: date ± days gives a Date; dates serialize as "YYYY-MM-DD"
var $d : Date
$d:=!2024-02-28!+1
ALERT(JSON Stringify($d))
ALERT(JSON Stringify($d+1))
ALERT(String(!2024-03-01!-!2024-02-01!))
ALERT(JSON Stringify(New object("d"; !1975-10-22!)))
