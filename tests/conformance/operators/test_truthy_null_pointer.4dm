// Doc: https://developer.4d.com/docs/Concepts/operators#truthy-and-falsy
// A Null pointer is falsy; a pointer to a variable is truthy
var $p : Pointer
var $x : Integer
ASSERT(($p ? "t" : "f")="f"; "nil pointer truthy")
$p:=->$x
ASSERT(($p ? "t" : "f")="t"; "pointer falsy")
