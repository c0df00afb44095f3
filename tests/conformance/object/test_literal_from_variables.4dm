// Doc: https://developer.4d.com/docs/Concepts/dt_object#-operator
// Follows: $b declared Real; the doc declares "var $b : Number", which is not a 4D type name
// Literal values may be variables: {a: $a; b: $b; c: $c}
var $a : Text:="foo"
var $b : Real:=42
var $c : Object:={}
var $o3 : Object:={a: $a; b: $b; c: $c}
ASSERT(JSON Stringify($o3)="{\"a\":\"foo\",\"b\":42,\"c\":{}}"; "gave "+JSON Stringify($o3))
ASSERT($o3.c=$c; "c is not the same reference")
