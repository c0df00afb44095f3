// language.md §12.5: Type(variable) returns the declared type of a variable
var $t : Text
var $i : Integer
var $r : Real
var $b : Boolean
var $d : Date
var $h : Time
var $o : Object
var $c : Collection
var $x : Blob
var $p : Pointer
var $v : Variant
ALERT(String(Type($t)))
ALERT(String(Type($i)))
ALERT(String(Type($r)))
ALERT(String(Type($b)))
ALERT(String(Type($d)))
ALERT(String(Type($h)))
ALERT(String(Type($o)))
ALERT(String(Type($c)))
ALERT(String(Type($x)))
ALERT(String(Type($p)))
ALERT(String(Type($v)))
