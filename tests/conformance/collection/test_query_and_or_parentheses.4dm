// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// AND / OR (names or symbols) and parentheses combine conditions
var $c : Collection:=New collection
$c.push(New object("age"; 25; "status"; "Manager"))
$c.push(New object("age"; 40; "status"; "Clerk"))
$c.push(New object("age"; 50; "status"; "Manager"))
ASSERT($c.query("age > 30 AND status = 'Manager'").length=1; "AND")
ASSERT($c.query("age > 45 | status = 'Clerk'").length=2; "|")
ASSERT($c.query("(age < 30 or age > 45) and status = 'Manager'").length=2; "parentheses")
