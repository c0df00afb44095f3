// Doc: https://developer.4d.com/docs/Concepts/error-handling#tryexpression
// Try(expression) returns the expression's value when there is no error
var $v : Variant:=Try(1+2)
ASSERT($v=3; "gave "+String($v))
ASSERT(Last errors=Null; "Last errors not null")
