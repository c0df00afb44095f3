// Doc: https://developer.4d.com/docs/API/CollectionClass#orderbymethod
// .orderByMethod() with a "greater length first" comparator (example 2)
var $fruits : Collection:=New collection("Orange"; "Apple"; "Grape"; "pear"; "Banana"; "fig"; "Blackberry"; "Passion fruit")
var $c2 : Collection:=$fruits.orderByMethod(Formula(Length(String($1.value))>Length(String($1.value2))))
ASSERT($c2[0]="Passion fruit"; "gave "+$c2.join(","))
ASSERT($c2[1]="Blackberry"; "gave "+$c2.join(","))
ASSERT($c2[7]="fig"; "gave "+$c2.join(","))
ASSERT(Length($c2[2])=6 & (Length($c2[3])=6); "gave "+$c2.join(","))
