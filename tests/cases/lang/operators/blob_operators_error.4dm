// language.md §4.3: no operators on blobs
var $b : Blob
SET BLOB SIZE($b; 1)
ALERT("before")
$x:=$b+$b
ALERT("never")
