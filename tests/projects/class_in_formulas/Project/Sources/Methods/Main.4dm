// language.md §8/§9: cs used inside Formula and Formula from string
var $make : 4D.Function:=Formula(cs.Pair.new($1; $2))
var $p : cs.Pair:=$make.call(Null; 3; 4)
ALERT(String($p.product()))
ALERT(String(OB Instance of($p; cs.Pair)))
var $fs : 4D.Function:=Formula from string("cs.Pair.new($1; $2).product()")
ALERT(String($fs.call(Null; 5; 6)))
var $pairs : Collection:=[1; 2; 3].map(Formula(cs.Pair.new($1.value; 10)))
ALERT(JSON Stringify($pairs.map(Formula($1.value.product()))))
var $o : Object:={a: 2; b: 7; prod: cs.Pair.new(0; 0).product}
ALERT(String($o.prod()))
