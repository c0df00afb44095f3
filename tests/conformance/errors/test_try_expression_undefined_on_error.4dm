// Doc: https://developer.4d.com/docs/Concepts/error-handling#tryexpression
// On error Try returns undefined and no error dialog stops the method
var $o : Object:=Null
var $v : Variant:=Try($o.name)
ASSERT(Undefined($v); "gave "+String($v))
ASSERT(Last errors#Null; "no error recorded")
