// Doc: https://developer.4d.com/docs/Concepts/dt_null_undefined#undefined
// Assigning undefined to an existing property resets it to its type's empty value ($o.a=0)
var $o : Object:=New object("a"; 2; "t"; "x"; "b"; True; "c"; New collection; "d"; !2020-01-01!)
$o.a:=$o.missing
$o.t:=$o.missing
$o.b:=$o.missing
$o.c:=$o.missing
$o.d:=$o.missing
ASSERT($o.a=0; "number "+String($o.a))
ASSERT($o.t=""; "text "+String($o.t))
ASSERT($o.b=False; "boolean "+String($o.b))
ASSERT($o.c=Null; "collection not null")
ASSERT($o.d=!00-00-00!; "date "+String($o.d))
