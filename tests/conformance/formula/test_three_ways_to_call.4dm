// Doc: https://developer.4d.com/docs/commands/formula#description
// Formula(1+2) returns 3 through .call(), .apply() and object notation
var $f : 4D.Function:=Formula(1+2)
var $o : Object:=New object("myFormula"; $f)
ASSERT($f.call($o)=3; "call")
ASSERT($f.apply($o)=3; "apply")
ASSERT($o.myFormula()=3; "object notation")
