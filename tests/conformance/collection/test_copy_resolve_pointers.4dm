// Doc: https://developer.4d.com/docs/API/CollectionClass#copy
// .copy(ck resolve pointers) stores the pointed value instead of the pointer (example 4)
var $col; $col2; $col3 : Collection
var $p : Pointer
var $what : Text
$p:=->$what
$col:=New collection
$col.push(New object("alpha"; "Hello"; "num"; 1))
$col.push(New object("beta"; "You"; "what"; $p))
$col2:=$col.copy()
$col2[1].beta:="World!"
ASSERT($col[0].alpha+" "+$col2[1].beta="Hello World!"; "gave "+$col[0].alpha+" "+$col2[1].beta)
$what:="You!"
$col3:=$col2.copy(ck resolve pointers)
ASSERT($col3[0].alpha+" "+$col3[1].what="Hello You!"; "gave "+$col3[0].alpha+" "+String($col3[1].what))
ASSERT(Value type($col3[1].what)=Is text; "pointer not resolved")
