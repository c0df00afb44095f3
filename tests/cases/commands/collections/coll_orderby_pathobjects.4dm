// language.md §12.2: .orderBy([{propertyPath; descending}]) — collection of criteria objects
var $c; $crit : Collection
$c:=New collection
$c.push(New object("name"; "Smith"; "age"; 40))
$c.push(New object("name"; "brown"; "age"; 30))
$c.push(New object("name"; "Adams"; "age"; 40))
$crit:=New collection
$crit.push(New object("propertyPath"; "age"; "descending"; True))
$crit.push(New object("propertyPath"; "name"; "descending"; False))
ALERT($c.orderBy($crit).extract("name").join(","))
ALERT($c.orderBy(New collection(New object("propertyPath"; "name"))).extract("name").join(","))
