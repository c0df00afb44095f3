// language.md §7.1: project methods called as statements and as functions
Say("one")
Say("two"; "!")
var $r : Integer
$r:=Twice(21)
ALERT(String($r))
ALERT(String(Twice(Twice(2))))
ALERT(Join3("a"; "b"; "c"))
NoArgs
NoArgs()
ALERT(Join3(Join3("x"; "y"; "z"); String(Twice(5)); "end"))
