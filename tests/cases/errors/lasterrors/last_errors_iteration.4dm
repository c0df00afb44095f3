// language.md §11.6: Last errors is an ordinary collection (For each, length, member functions)
var $err : Object
var $codes : Collection
$codes:=New collection
Try(throw(404; "not found"))
For each ($err; Last errors)
	$codes.push(String($err.errCode)+":"+$err.message)
End for each
ALERT($codes.join(";"))
ALERT(String(Last errors.length))
