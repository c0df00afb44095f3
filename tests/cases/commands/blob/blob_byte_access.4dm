// language.md §4.7 / §12.6: scalar blob bytes $b{i} are 0-based and read/write; a Blob is copied on assignment
var $b; $b2 : Blob
SET BLOB SIZE($b; 2)
$b{0}:=72
$b{1}:=0x69
ALERT(BLOB to text($b; UTF8 text without length))
ALERT(String($b{1}))
$b2:=$b
$b2{0}:=74
ALERT(BLOB to text($b; UTF8 text without length))
ALERT(BLOB to text($b2; UTF8 text without length))
