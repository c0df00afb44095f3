// Doc: https://developer.4d.com/docs/API/CollectionClass#concat
// .concat() adds all elements of a collection value and objects as single elements
var $c : Collection:=New collection(1; 2; 3; 4; 5)
var $fruits : Collection:=New collection("Orange"; "Banana"; "Apple"; "Grape")
$fruits.push(New object("Intruder"; "Tomato"))
var $c2 : Collection:=$c.concat($fruits)
ASSERT(JSON Stringify($c2)="[1,2,3,4,5,\"Orange\",\"Banana\",\"Apple\",\"Grape\",{\"Intruder\":\"Tomato\"}]"; "gave "+JSON Stringify($c2))
