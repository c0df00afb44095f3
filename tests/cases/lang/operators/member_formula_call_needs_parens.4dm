// language.md §4.7: calling a formula stored in a property needs (); $o.f alone is the function object
$o:={}
$o.f:=Formula("called")
ALERT($o.f())
ALERT($o["f"]())
ALERT(String(Value type($o.f)))
$g:=$o.f
ALERT($g.call())
