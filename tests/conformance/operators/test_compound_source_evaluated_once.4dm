// Doc: https://developer.4d.com/docs/Concepts/operators#compound-assignment-operators
// The source expression of a compound assignment is evaluated only once
var $o : Object:=New object("calls"; 0; "items"; New collection(10; 20))
var $c : Collection:=$o.items
var $i : Integer:=0
$c[Num($o.calls:=$o.calls+1)]+=5
ASSERT($o.calls=1; "index expression evaluated "+String($o.calls)+" times")
ASSERT($c[1]=25; "gave "+JSON Stringify($c))
