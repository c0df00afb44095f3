// Doc: https://developer.4d.com/docs/Concepts/variables#initializing-variables-in-the-declaration-line
// var $a:=$class.test infers Text in interpreted mode
var $class:={test: "a"}
var $a:=$class.test
ASSERT(Value type($a)=Is text; "type "+String(Value type($a)))
