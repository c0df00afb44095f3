// language.md §12.2: New collection creates an empty or prefilled collection (any mix of types)
var $c : Collection
$c:=New collection(33; "mike"; True; Null; !2017-08-28!)
ALERT(JSON Stringify($c))
ALERT(String($c.length))
$c:=New collection
ALERT(JSON Stringify($c))
ALERT(String($c.length))
$c:=New collection()
ALERT(String($c.length))
