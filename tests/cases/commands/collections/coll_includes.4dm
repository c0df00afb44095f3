// language.md §12.2: .includes (20) — same matching as indexOf (insensitive text, @ wildcard, object references)
var $col : Collection
var $obj : Object
$obj:=New object("value"; 10)
$col:=New collection(1; 2; "Henry"; 5; 3; "Albert"; 6; 4; "Alan"; 5; $obj)
ALERT(String($col.includes(3)))
ALERT(String($col.includes(5; 6)))
ALERT(String($col.includes("al@")))
ALERT(String($col.includes("Hello")))
ALERT(String($col.includes($obj)))
ALERT(String($col.includes(New object("value"; 10))))
ALERT(String($col.includes("henry")))
ALERT(String($col.includes(1; 1)))
