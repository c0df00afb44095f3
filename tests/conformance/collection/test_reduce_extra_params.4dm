// Doc: https://developer.4d.com/docs/API/CollectionClass#reduce
// .reduce(formula; initValue; param) passes param in $2
var $c : Collection:=New collection(1; 2; 3)
var $r : Real:=$c.reduce(Formula($1.accumulator:=$1.accumulator+($1.value*$2)); 0; 10)
ASSERT($r=60; "gave "+String($r))
