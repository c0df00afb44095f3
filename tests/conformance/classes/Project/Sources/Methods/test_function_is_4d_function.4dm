// Doc: https://developer.4d.com/docs/Concepts/classes#function
// Class functions are 4D.Function objects: they can be called with call() and apply()
var $o : Object:=cs.ob.new()
var $f : 4D.Function:=$o.f
ASSERT(OB Instance of($f; 4D.Function); "not a 4D.Function")
ASSERT($f.call({a: 1; b: 2})=3; "call gave "+String($f.call({a: 1; b: 2})))
ASSERT($f.apply({a: 10; b: 20})=30; "apply gave "+String($f.apply({a: 10; b: 20})))
