// Doc: https://developer.4d.com/docs/Concepts/variables#examples
// var $o : Object is equivalent to var $o : 4D.Object and C_OBJECT($o)
var $o : 4D.Object
$o:=New object("a"; 1)
ASSERT($o.a=1; "4D.Object variable")
C_OBJECT($o2)
$o2:=New object("b"; 2)
ASSERT($o2.b=2; "C_OBJECT variable")
