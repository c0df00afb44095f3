// language.md §12 (arrays): Find in array(arr; value {; start}) uses = rules (case-insensitive, @ wildcard); -1 if absent
ARRAY TEXT($at; 4)
$at{1}:="apple"
$at{2}:="Banana"
$at{3}:="cherry"
$at{4}:="banana"
ALERT(String(Find in array($at; "banana")))
ALERT(String(Find in array($at; "BANANA"; 3)))
ALERT(String(Find in array($at; "ch@")))
ALERT(String(Find in array($at; "kiwi")))
ARRAY LONGINT($al; 3)
$al{1}:=10
$al{2}:=20
$al{3}:=30
ALERT(String(Find in array($al; 30)))
ALERT(String(Find in array($al; 31)))
