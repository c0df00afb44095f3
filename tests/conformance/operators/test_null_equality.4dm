// Doc: https://developer.4d.com/docs/Concepts/dt_null_undefined#null-operators
// Null = Null and Null = Undefined are True; Null = 42 is False
var $a : Object:=New object("nullProp"; Null)
var $b : Object:=New object("nullProp"; Null)
ASSERT($a.nullProp=$b.nullProp; "null=null")
ASSERT($a.nullProp=$b.undefinedProp; "null=undefined")
ASSERT(Not($a.nullProp=42); "null=42")
ASSERT(Not($a.nullProp#$b.nullProp); "null#null")
ASSERT(Not($a.nullProp#$b.undefinedProp); "null#undefined")
ASSERT($a.nullProp#42; "null#42")
