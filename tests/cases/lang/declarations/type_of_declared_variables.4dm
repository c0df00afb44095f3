// language.md §3.1/§12.5: Type() returns the declared type of each kind of variable
var $t : Text
var $r : Real
var $i : Integer
var $b : Boolean
var $d : Date
var $h : Time
var $o : Object
var $c : Collection
var $p : Pointer
var $bl : Blob
var $v : Variant
ALERT(String(Type($t))+" "+String(Type($r))+" "+String(Type($i))+" "+String(Type($b)))
ALERT(String(Type($d))+" "+String(Type($h))+" "+String(Type($o))+" "+String(Type($c)))
ALERT(String(Type($p))+" "+String(Type($bl))+" "+String(Type($v)))
