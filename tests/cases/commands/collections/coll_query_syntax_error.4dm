// collection.query() given a query string it cannot read: error -10960, the code of ORDA's
// query syntax errors (fourd's own, README "Error codes"), catchable with Try
var $c : Collection
$c:=[{name: "a"; n: 1}; {name: "b"; n: 2}]
Try
	$c:=$c.query("name = = :1"; "a")
Catch
	ALERT(String(Last errors[0].errCode))
End try
ALERT(String($c.query("n > :1"; 1).length))
