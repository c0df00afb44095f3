// language.md §12.2 / §4.4: .indexOf uses = rules: case-insensitive text, @ wildcard, startFrom (negative from the end), -1 if absent
var $col : Collection
$col:=New collection(1; 2; "Henry"; 5; 3; "Albert"; 6; 4; "Alan"; 5)
ALERT(String($col.indexOf(3)))
ALERT(String($col.indexOf(5; 5)))
ALERT(String($col.indexOf("al@")))
ALERT(String($col.indexOf("Hello")))
ALERT(String($col.indexOf("HENRY")))
ALERT(String($col.indexOf(5; -1)))
ALERT(String($col.indexOf(1; 20)))
