// language.md §12.2: query property paths may traverse collections with []
var $c : Collection
$c:=New collection
$c.push(New object("name"; "A"; "kids"; New collection(New object("age"; 5))))
$c.push(New object("name"; "B"; "kids"; New collection(New object("age"; 15); New object("age"; 3))))
$c.push(New object("name"; "C"; "address"; New object("city"; "Paris")))
ALERT($c.query("kids[].age > 10").extract("name").join(","))
ALERT($c.query("address.city = 'paris'").extract("name").join(","))
