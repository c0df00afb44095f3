// language.md §12.1: OB Values returns object values by reference (not copies)
var $o; $sub : Object
var $vals : Collection
$sub:=New object("n"; 1)
$o:=New object("sub"; $sub)
$vals:=OB Values($o)
$vals[0].n:=5
ALERT(String($sub.n))
