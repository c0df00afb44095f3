// language.md §9/§7.2: Function with/without parentheses, -> $r : T, : T + return, legacy $0
var $s : cs.Shape:=cs.Shape.new(2; 3)
ALERT(String($s.area()))
ALERT(String($s.perimeter()))
ALERT($s.scale(2).describe())
ALERT($s._hidden())
ALERT(String(Undefined($s.noop())))
ALERT(String($s.args(1; 2; 3)))
ALERT(String($s.scale(0.5; "extra").area()))
