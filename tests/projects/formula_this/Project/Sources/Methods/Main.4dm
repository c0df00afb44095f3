// language.md §8.1: This inside a formula = the object it is called on (call/apply thisObj)
var $o : Object:={x: 3; f: Formula(This.x*2)}
ALERT(String($o.f()))
ALERT(String($o.f.call({x: 10})))
ALERT(String($o.f.apply({x: 7})))
$o.x:=5
ALERT(String($o.f()))
$o.g:=Formula(This.x+$1)
ALERT(String($o.g(100)))
ALERT(String($o["g"](1)))
var $t : 4D.Function:=Formula(This)
ALERT(String($t.call(Null)=Null))
ALERT(String(This=Null))
