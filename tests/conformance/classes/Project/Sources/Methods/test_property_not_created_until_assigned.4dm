// Doc: https://developer.4d.com/docs/Concepts/classes#property
// Declared properties are added only when assigned; an initialized one exists at once
var $o : cs.MyClass:=cs.MyClass.new()
ASSERT(JSON Stringify($o)="{\"color\":\"Blue\"}"; "new() gave "+JSON Stringify($o))
$o.name:="John"
ASSERT(JSON Stringify($o)="{\"color\":\"Blue\",\"name\":\"John\"}"; "gave "+JSON Stringify($o))
