// Doc: https://developer.4d.com/docs/commands/bool#description
// Bool: undefined and Null give False, Booleans themselves, numbers False only for 0, other types False
var $o : Object:=New object("n"; Null)
ASSERT(Bool($o.missing)=False; "undefined")
ASSERT(Bool($o.n)=False; "Null")
ASSERT(Bool(True)=True; "True")
ASSERT(Bool(0)=False; "0")
ASSERT(Bool(-3)=True; "-3")
ASSERT(Bool("true")=False; "text")
