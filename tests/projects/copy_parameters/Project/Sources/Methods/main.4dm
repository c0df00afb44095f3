// Copy parameters (C1790, 4D 19 R5): the parameters actually passed, from startFrom on
ALERT(JSON Stringify(fwd("a"; 2; New object("k"; 1))))
ALERT(JSON Stringify(fwd()))
var $f:=Formula(JSON Stringify(Copy parameters(2)))
ALERT($f.call(Null; 1; 2; 3))
ALERT(JSON Stringify(cs.T.new().sel("x"; 10; 20)))
ALERT(JSON Stringify(Copy parameters:C1790))
