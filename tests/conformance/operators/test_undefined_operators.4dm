// Doc: https://developer.4d.com/docs/Concepts/dt_null_undefined#undefined-operators
// Undefined = Undefined/Null True, = 42 False; # the opposite; > "abc" etc. are False
var $a : Object:=New object("nullProp"; Null)
ASSERT($a.undefinedProp=$a.otherUndefined; "u=u")
ASSERT($a.undefinedProp=$a.nullProp; "u=null")
ASSERT(Not($a.undefinedProp=42); "u=42")
ASSERT(Not($a.undefinedProp#$a.otherUndefined); "u#u")
ASSERT($a.undefinedProp#42; "u#42")
ASSERT(Not($a.undefinedProp>"abc"); "u>abc")
ASSERT(Not($a.undefinedProp<"abc"); "u<abc")
ASSERT(Not($a.undefinedProp>=!2020-01-01!); "u>=date")
ASSERT(Not($a.undefinedProp<=?01:00:00?); "u<=time")
ASSERT(Not($a.undefinedProp<5); "u<5")
