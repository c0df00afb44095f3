// language.md §4.7/§8.3: $o.f (without parentheses) is the 4D.Function object itself
$o:={k: 3}
$o.f:=Formula(This.k+1)
$g:=$o.f
ALERT(String(Value type($g)))
ALERT(String($g.call($o)))
ALERT(String($o.f()))
ALERT(String($o.f=$g))
