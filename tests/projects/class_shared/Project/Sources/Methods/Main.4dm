// language.md §9/§10: shared class: instances are shared objects; shared Function wraps Use(This)
var $b : cs.SharedBox:=cs.SharedBox.new(1)
ALERT(String(cs.SharedBox.isShared))
ALERT(String($b.n))
$b.inc()
ALERT(String($b.n))
Use ($b)
	$b.n:=10
	$b.label:="ten"
End use
ALERT(String($b.n)+" "+$b.label)
Use ($b)
	$b.plainInc()
End use
ALERT(String($b.n))
ALERT(String($b.twice()))
ALERT(JSON Stringify($b))
