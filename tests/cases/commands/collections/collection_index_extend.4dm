// language.md §4.7 / §12.2: writing beyond the end extends the collection and fills the gap with null
var $coll : Collection
$coll:=New collection("a"; "b"; "c")
$coll[9]:="z"
ALERT(String($coll.length))
ALERT(JSON Stringify($coll))
