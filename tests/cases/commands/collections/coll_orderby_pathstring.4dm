// language.md §12.2: .orderBy("path1 desc, path2 asc") — comma-separated property paths with optional asc/desc
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Smith"; "age"; 40))
$c.push(New object("name"; "brown"; "age"; 30))
$c.push(New object("name"; "Adams"; "age"; 40))
ALERT($c.orderBy("age desc, name").extract("name").join(","))
ALERT($c.orderBy("name").extract("name").join(","))
ALERT($c.orderBy("age asc, name desc").extract("name").join(","))
ALERT($c.orderBy("name desc").extract("name").join(","))
ALERT($c.extract("name").join(","))
