// language.md §4.7: 4D.Blob bytes are read with $blobObj[i] (0-based)
var $b : Blob
SET BLOB SIZE($b; 2)
$b{0}:=72
$b{1}:=105
$bo:=4D.Blob.new($b)
ALERT(String($bo[0]))
ALERT(String($bo[1]))
ALERT(String($bo.size))
