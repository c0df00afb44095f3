// language.md §12.2: .copy(ck resolve pointers) replaces pointers by the pointed values
var $col; $col2; $col3 : Collection
var $p : Pointer
var $what : Text
$p:=->$what
$col:=New collection
$col.push(New object("alpha"; "Hello"; "num"; 1))
$col.push(New object("beta"; "You"; "what"; $p))
$col2:=$col.copy()
$col2[1].beta:="World!"
ALERT($col[0].alpha+" "+$col2[1].beta)
$what:="You!"
$col3:=$col2.copy(ck resolve pointers)
ALERT($col3[0].alpha+" "+$col3[1].what)
ALERT(String(Value type($col3[1].what)))
ALERT(String(Value type($col2[1].what)))
ALERT($col[1].beta)
