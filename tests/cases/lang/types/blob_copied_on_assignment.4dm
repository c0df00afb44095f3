// language.md §2: a scalar Blob is copied on assignment
var $b1; $b2 : Blob
SET BLOB SIZE($b1; 2)
$b2:=$b1
SET BLOB SIZE($b2; 5)
ALERT(String(BLOB size($b1)))
ALERT(String(BLOB size($b2)))
