// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// Boolean constants are true/false in the query string
var $c : Collection:=New collection(New object("ok"; True); New object("ok"; False); New object("ok"; True))
ASSERT($c.query("ok = true").length=2; "gave "+String($c.query("ok = true").length))
