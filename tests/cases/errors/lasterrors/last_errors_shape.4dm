// language.md §11.6: Last errors is a collection of {errCode (Number); message (Text); componentSignature (Text)}
var $e : Object
Try(throw(12; "twelve"))
ALERT(String(Value type(Last errors)))
$e:=Last errors[0]
ALERT(String(Value type($e.errCode)))
ALERT(String(Value type($e.message)))
ALERT(String(Value type($e.componentSignature)))
ALERT(OB Keys($e).orderBy().join(","))
