// Doc: https://developer.4d.com/docs/commands/formula#description
// A formula whose expression returns nothing gives undefined when called
var $o : Object:=New object("n"; 0)
var $f : 4D.Function:=Formula(OB SET($o; "n"; 1))
var $r : Variant:=$f.call()
ASSERT(Undefined($r); "gave "+String($r))
ASSERT($o.n=1; "not run")
