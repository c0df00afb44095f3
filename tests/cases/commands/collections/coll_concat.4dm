// language.md §12.2: .concat returns a new collection; collection arguments are flattened one level only
var $c; $fruits; $c2 : Collection
$c:=New collection(1; 2; 3; 4; 5)
$fruits:=New collection("Orange"; "Banana")
$fruits.push(New object("Intruder"; "Tomato"))
$c2:=$c.concat($fruits)
ALERT(JSON Stringify($c2))
ALERT(JSON Stringify($c.concat(6; 7; 8)))
ALERT(JSON Stringify($c))
ALERT(JSON Stringify($c.concat(New collection(New collection(9)))))
