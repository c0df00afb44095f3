// Doc: https://developer.4d.com/docs/API/CollectionClass#orderby
// Elements of different types are grouped: null, booleans, strings, numbers, objects, collections, dates
var $c : Collection:=New collection(!2020-01-01!; New collection(1); New object("a"; 1); 2; "x"; False; Null)
var $c2 : Collection:=$c.orderBy()
ASSERT($c2[0]=Null; "0: "+String($c2[0]))
ASSERT(Value type($c2[1])=Is Boolean; "1")
ASSERT(Value type($c2[2])=Is text; "2")
ASSERT(Value type($c2[3])=Is real; "3")
ASSERT(Value type($c2[4])=Is object; "4")
ASSERT(Value type($c2[5])=Is collection; "5")
ASSERT(Value type($c2[6])=Is date; "6")
