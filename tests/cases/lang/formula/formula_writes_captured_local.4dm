// language.md §8.1: a command writing a captured local (by reference) inside a formula
// writes the formula's copy, the object it refers to is shared (was internal error -10990)
var $o : Object:=New object("n"; 0)
var $f : 4D.Function:=Formula(OB SET($o; "n"; 1))
var $r : Variant:=$f.call()
ALERT(String(Undefined($r)))
ALERT(String($o.n))
var $t : Text:="abc"
var $len : Integer
var $g:=Formula(Position("b"; $t; 1; $len)+$len)
ALERT(String($g.call()))
ALERT(String($len))
var $h:=Formula(OB SET($1; "k"; "v"))
var $x : Object:={}
$h.call(Null; $x)
ALERT($x.k)
var $nested:=Formula(Formula(OB SET($o; "m"; 2)))
$nested.call().call()
ALERT(String($o.m))
// $0 inside a formula is the formula's own local, undefined at first
ALERT("["+String(Formula($0).call())+"]")
ALERT(String(Formula(OB SET($0; "a"; 1)).call()))
ALERT(String(Formula($0:=3).call()))
