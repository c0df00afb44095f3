// language.md §8.2: Formula from string builds a formula from source text (use $1...$n, This, process vars)
$f:=Formula from string("$1*2")
ALERT(String($f.call(Null; 21)))
$g:=Formula from string("String($1)+\"!\"")
ALERT($g.call(Null; 5))
$o:={v: 4; f: Formula from string("This.v+$1")}
ALERT(String($o.f(1)))
vProc:=7
$h:=Formula from string("vProc*3")
ALERT(String($h.call()))
$k:=Formula from string("$1+1"; sk execute in current database)
ALERT(String($k.call(Null; 1)))
