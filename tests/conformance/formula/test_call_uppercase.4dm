// Doc: https://developer.4d.com/docs/API/FunctionClass#call
// Formula(Uppercase($1)).call(Null;"hello") returns "HELLO"
var $f : 4D.Function:=Formula(Uppercase($1))
var $result : Text:=$f.call(Null; "hello")
ASSERT(Compare strings($result; "HELLO"; sk char codes)=0; "gave "+$result)
