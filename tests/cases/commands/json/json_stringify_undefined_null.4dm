// language.md §12.1: properties whose value is undefined are omitted; Null is kept as null; undefined collection elements become null
var $o; $src : Object
var $c : Collection
$src:=New object
$o:=New object("a"; 1; "n"; Null)
$o.u:=$src.missing
ALERT(JSON Stringify($o))
$c:=New collection(1; $src.missing)
ALERT(JSON Stringify($c))
