// language.md §12.2: .first() / .last() (20) — undefined on an empty collection
var $col; $emptyCol : Collection
$col:=New collection(10; 20; 30; "hello"; 50)
ALERT(String($col.first()))
ALERT(String($col.last()))
$emptyCol:=New collection
ALERT(String(Undefined($emptyCol.first())))
ALERT(String(Undefined($emptyCol.last())))
