// language.md §12.2: .min/.max({propPath}); empty collection → undefined
var $col : Collection
$col:=New collection(200; 150; 55)
ALERT(String($col.min()))
ALERT(String($col.max()))
$col.push(New object("name"; "Smith"; "salary"; 10000))
$col.push(New object("name"; "Wesson"; "salary"; 50000))
$col.push(New object("name"; "Alabama"; "salary"; 10500))
ALERT(String($col.min("salary")))
ALERT(String($col.max("salary")))
ALERT($col.min("name"))
ALERT($col.max("name"))
$col:=New collection
ALERT(String(Undefined($col.min())))
ALERT(String(Undefined($col.max())))
ALERT(New collection("pear"; "Apple"; "banana").max())
