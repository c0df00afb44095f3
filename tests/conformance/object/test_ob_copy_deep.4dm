// Doc: https://developer.4d.com/docs/commands/ob-copy#description
// OB Copy returns a deep copy: sub-objects are duplicated
var $o : Object:=New object("sub"; New object("a"; 1))
var $c : Object:=OB Copy($o)
$c.sub.a:=2
ASSERT($o.sub.a=1; "original changed")
ASSERT(JSON Stringify($c)="{\"sub\":{\"a\":2}}"; "gave "+JSON Stringify($c))
