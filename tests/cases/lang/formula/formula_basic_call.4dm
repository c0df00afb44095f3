// language.md §8.1/§8.3: Formula(expr) wraps an expression evaluated by .call()/.apply()/obj.f()
var $f : 4D.Function
$f:=Formula(1+2)
ALERT(String($f.call()))
ALERT(String($f.apply()))
$o:=New object("sum"; Formula(10*3))
ALERT(String($o.sum()))
$g:=Formula("text "+"value")
ALERT($g.call())
