// language.md §12.6: a scalar Blob put into an object becomes a 4D.Blob (Is object, .size); assigning it back to a Blob variable converts back
var $b; $back : Blob
var $o : Object
TEXT TO BLOB("abc"; $b; UTF8 text without length)
$o:=New object("data"; $b)
ALERT(String(Value type($o.data)))
ALERT(String($o.data.size))
ALERT(String(BLOB size($o.data)))
$back:=$o.data
ALERT(String(Value type($back)))
ALERT(BLOB to text($back; UTF8 text without length))
