// Doc: https://developer.4d.com/docs/commands/ob-copy#description
// Shared properties become regular objects in a copy made without ck shared
var $s : Object:=New shared object("sub"; New shared object("a"; 1))
var $c : Object:=OB Copy($s)
$c.sub.a:=2
ASSERT($c.sub.a=2; "copy not modifiable")
ASSERT($s.sub.a=1; "original changed")
