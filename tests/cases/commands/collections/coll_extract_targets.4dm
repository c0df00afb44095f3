// language.md §12.2: .extract(path; target {; path2; target2…}) builds objects; null values are kept
var $c : Collection
$c:=New collection
$c.push(New object("zc"; 35060))
$c.push(New object("name"; Null; "zc"; 35049))
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
ALERT(JSON Stringify($c.extract("name"; "City")))
ALERT(JSON Stringify($c.extract("name"; "City"; "zc"; "Zip")))
