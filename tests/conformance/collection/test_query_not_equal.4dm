// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// "#" and "!=" are the not-equal comparators
var $c : Collection:=New collection(New object("v"; 1); New object("v"; 2); New object("v"; 3))
ASSERT($c.query("v # 2").length=2; "# gave "+String($c.query("v # 2").length))
ASSERT($c.query("v != 2").length=2; "!= gave "+String($c.query("v != 2").length))
