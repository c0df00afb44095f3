// language.md §12.2: .extract(path {; ck keep null}) collects property values; null/undefined skipped by default
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Cleveland"))
$c.push(New object("zip"; 5321))
$c.push(New object("name"; "Blountsville"))
$c.push(42)
ALERT(JSON Stringify($c.extract("name")))
ALERT(JSON Stringify($c.extract("name"; ck keep null)))
