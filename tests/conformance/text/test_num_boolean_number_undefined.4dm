// Doc: https://developer.4d.com/docs/commands/num#description
// Num(True) 1, Num(False) 0, Num(number) the number, Num(undefined) 0
var $o : Object:=New object
ASSERT(Num(True)=1; "True")
ASSERT(Num(False)=0; "False")
ASSERT(Num(12.5)=12.5; "number")
ASSERT(Num($o.missing)=0; "undefined")
