// Doc: https://developer.4d.com/docs/Concepts/variables#initializing-variables-in-the-declaration-line
// Types are inferred: "hello" Text, 20 Real, {} Object, [] Collection
var $text:="hello"
var $number:=20
var $obj:={}
var $mycol:=[]
ASSERT(Value type($text)=Is text; "text")
ASSERT(Value type($number)=Is real; "number")
ASSERT(Value type($obj)=Is object; "object")
ASSERT(Value type($mycol)=Is collection; "collection")
