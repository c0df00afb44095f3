// language.md §2 [Decision]: dates in objects are stored as Date values; JSON gives "YYYY-MM-DD"
$o:=New object
$o.d:=!2024-01-31!
ALERT(String(Value type($o.d)))
ALERT(JSON Stringify($o))
ALERT(String($o.d+1=!2024-02-01!))
$c:=[!2024-02-29!]
ALERT(JSON Stringify($c))
ALERT(String(Value type($c[0])))
