// Doc: https://developer.4d.com/docs/API/CollectionClass#every
// .every() stops calling the callback at the first element evaluated to false
var $calls : Object:=New object("n"; 0)
var $c : Collection:=New collection(1; -2; 3; 4)
ASSERT(Not($c.every(Formula(($2.n:=$2.n+1)>0 && ($1.value>0)); $calls)); "gave true")
ASSERT($calls.n=2; "callback called "+String($calls.n)+" times")
