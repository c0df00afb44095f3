// language.md §2: a declared 4D.Blob is null; 4D.Blob values are objects
var $b : 4D.Blob
ALERT(String($b=Null))
$b:=4D.Blob.new()
ALERT(String($b=Null))
ALERT(String($b.size))
ALERT(String(Value type($b)))
