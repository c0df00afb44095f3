// Doc: https://developer.4d.com/docs/API/CollectionClass#join
// .join() writes null as "null" and keeps empty strings by default
var $c : Collection:=New collection(1; 2; 3; "Paris"; Null; ""; 4; 5)
ASSERT($c.join("|")="1|2|3|Paris|null||4|5"; "gave "+$c.join("|"))
