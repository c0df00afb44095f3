// language.md §12.2: .at(i) (20) — negative counts from the end; out of range → undefined (no error)
var $col : Collection
$col:=New collection(10; 20; 30; 40; 50)
ALERT(String($col.at(0)))
ALERT(String($col.at(1)))
ALERT(String($col.at(-1)))
ALERT(String($col.at(-2)))
ALERT(String(Undefined($col.at(10))))
ALERT(String(Undefined($col.at(-6))))
