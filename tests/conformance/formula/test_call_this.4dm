// Doc: https://developer.4d.com/docs/API/FunctionClass#call
// .call($o) sets This: Formula(This.value*2) returns 100
var $o : Object:=New object("value"; 50)
var $f : 4D.Function:=Formula(This.value*2)
ASSERT($f.call($o)=100; "gave "+String($f.call($o)))
