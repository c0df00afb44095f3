// Doc: https://developer.4d.com/docs/API/CollectionClass#join
// .join(delimiter; ck ignore null or empty) drops null and empty strings
var $c : Collection:=New collection(1; 2; 3; "Paris"; Null; ""; 4; 5)
ASSERT($c.join("|"; ck ignore null or empty)="1|2|3|Paris|4|5"; "gave "+$c.join("|"; ck ignore null or empty))
