// language.md §1.7: date literals !YYYY-MM-DD!
$d:=!2024-01-31!
ALERT(JSON Stringify($d))
ALERT(String(Year of($d)))
ALERT(String(Month of($d)))
ALERT(String(Day of($d)))
ALERT(String($d=!2024-01-31!))
ALERT(String(Value type($d)))
