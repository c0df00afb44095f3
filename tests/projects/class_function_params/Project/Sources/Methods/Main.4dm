// language.md §7/§9: class function parameters: typed, optional, variadic, Count parameters, ${n}
var $s : cs.Stats:=cs.Stats.new()
ALERT(String($s.sum()))
ALERT(String($s.sum(1; 2; 3.5)))
ALERT($s.label())
ALERT($s.label("x"))
ALERT($s.label("x"; 3))
ALERT($s.legacy("a"; "b"; "c"))
ALERT(String($s.mean(2; 4; 9)))
