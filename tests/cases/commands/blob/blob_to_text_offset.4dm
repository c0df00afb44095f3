// language.md §12.6: BLOB to text with an offset variable reads there and advances the variable by the bytes read
var $b : Blob
var $offset : Integer
var $t1; $t2 : Text
TEXT TO BLOB("Hello"; $b; UTF8 C string)
TEXT TO BLOB("Wörld"; $b; UTF8 text with length; *)
ALERT(String(BLOB size($b)))
$offset:=0
$t1:=BLOB to text($b; UTF8 C string; $offset)
ALERT($t1+" "+String($offset))
$t2:=BLOB to text($b; UTF8 text with length; $offset)
ALERT($t2+" "+String($offset))
