// Doc: https://developer.4d.com/docs/Concepts/dt_collection#new-collection-command
// New collection("a";"b";1;42;{}) creates a prefilled collection
var $colFilled : Collection:=New collection("a"; "b"; 1; 42; {})
ASSERT(JSON Stringify($colFilled)="[\"a\",\"b\",1,42,{}]"; "gave "+JSON Stringify($colFilled))
