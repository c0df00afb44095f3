// language.md §12.4: Year of, Month of, Day of, Day number (1 = Sunday)
var $d : Date
$d:=!2024-03-15!
ALERT(String(Year of($d)))
ALERT(String(Month of($d)))
ALERT(String(Day of($d)))
ALERT(String(Day number(!2024-01-07!)))
ALERT(String(Day number(!2024-01-13!)))
ALERT(String(Year of(!00-00-00!)))
