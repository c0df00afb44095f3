// language.md §2 / §12.5 [Decision]: Value type reports Is real for every number (also Integer variables); Blob → Is BLOB, Pointer → Is pointer, unassigned Variant → Is undefined
var $i : Integer
var $r : Real
var $b : Blob
var $p : Pointer
var $v : Variant
var $t : Text
$p:=->$t
ALERT(String(Value type($i)))
ALERT(String(Value type($r)))
ALERT(String(Value type($b)))
ALERT(String(Value type($p)))
ALERT(String(Value type($v)))
ALERT(String(Value type($t)))
$v:="now text"
ALERT(String(Value type($v)))
