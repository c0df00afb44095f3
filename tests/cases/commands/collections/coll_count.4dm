// language.md §12.2: .count({propPath}) counts non-null elements (or elements having propPath)
var $col : Collection
$col:=New collection(20; 30; Null; 40)
$col.push(New object("name"; "Smith"; "salary"; 10000))
$col.push(New object("name"; "Wesson"; "salary"; 50000))
$col.push(New object("name"; "Gross"; "salary"; 10500))
$col.push(New object("lastName"; "Henry"; "salary"; 12000))
ALERT(String($col.count()))
ALERT(String($col.count("name")))
$col:=New collection
ALERT(String($col.count()))
