// language.md §12.2: .equal(col2 {; ck diacritical}) — deep comparison, case-insensitive by default
var $c; $c2 : Collection
$c:=New collection(New object("a"; 1; "b"; "orange"); 2; 3)
$c2:=New collection(New object("a"; 1; "b"; "orange"); 2; 3; 4)
ALERT(String($c.equal($c2)))
$c:=New collection(New object("1"; "a"; "b"; "orange"); 2; 3)
$c2:=New collection(New object("a"; 1; "b"; "orange"); 2; 3)
ALERT(String($c.equal($c2)))
$c:=New collection(New object("a"; 1; "b"; "orange"); 2; 3)
$c2:=New collection(New object("a"; 1; "b"; "ORange"); 2; 3)
ALERT(String($c.equal($c2)))
ALERT(String($c.equal($c2; ck diacritical)))
ALERT(String(New collection(1; 2).equal(New collection(2; 1))))
ALERT(String($c=$c2))
