// language.md §4.7: scalar blob bytes $b{i} are 0-based (read/write)
var $b : Blob
SET BLOB SIZE($b; 3)
ALERT(String($b{0}))
$b{0}:=65
$b{2}:=67
ALERT(String($b{0}))
ALERT(String($b{2}))
ALERT(String(BLOB size($b)))
