// Doc: https://developer.4d.com/docs/Concepts/error-handling#tryexpression
// An error inside nested Try calls returns to the innermost Try
var $o : Object:=Null
var $outer : Variant:=Try(New collection(Try($o.x); 2))
ASSERT(Value type($outer)=Is collection; "outer Try failed")
ASSERT($outer[1]=2; "gave "+JSON Stringify($outer))
