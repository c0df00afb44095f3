// language.md §2: a declared Blob is empty (size 0)
var $b : Blob
ALERT(String(BLOB size($b)))
ALERT(String(Value type($b)))
ALERT(String(Type($b)))
