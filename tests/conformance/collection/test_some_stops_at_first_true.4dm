// Doc: https://developer.4d.com/docs/API/CollectionClass#some
// .some() stops calling the callback at the first element returning true
var $calls : Object:=New object("n"; 0)
var $c : Collection:=New collection(1; 2; 3; 4)
ASSERT($c.some(Formula(($2.n:=$2.n+1)>0); $calls); "gave false")
ASSERT($calls.n=1; "callback called "+String($calls.n)+" times")
