// Doc: https://developer.4d.com/docs/API/CollectionClass#orderbymethod
// .orderBy() sorts text alphabetically; .orderByMethod with Num() sorts numerically (example 1)
var $c : Collection:=New collection("33"; "4"; "1111"; "222")
var $c2 : Collection:=$c.orderBy()
var $c3 : Collection:=$c.orderByMethod(Formula(Num($1.value)<Num($1.value2)))
ASSERT($c2.join(",")="1111,222,33,4"; "orderBy "+$c2.join(","))
ASSERT($c3.join(",")="4,33,222,1111"; "orderByMethod "+$c3.join(","))
