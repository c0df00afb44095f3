// Doc: https://developer.4d.com/docs/Concepts/error-handling#examples
// Try(divide(…;0)) intercepts the thrown error; Last errors is then not null
var $result : Variant:=Try(divide(10; 0))
ASSERT(Last errors#Null; "no error recorded")
ASSERT(Last errors[0].errCode=-12345; "code "+String(Last errors[0].errCode))
$result:=Try(divide(10; 4))
ASSERT($result=2.5; "gave "+String($result))
ASSERT(Last errors=Null; "Last errors not null after success")
