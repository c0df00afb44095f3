// language.md §8.1: a Null thisObj makes This Null/undefined inside the formula
$f:=Formula(This=Null)
ALERT(String($f.call(Null)))
ALERT(String($f.call()))
ALERT(String($f.apply(Null)))
