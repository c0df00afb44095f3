// Doc: https://developer.4d.com/docs/commands/json-parse#example-1
// JSON Parse("{\"manager\":true}";Is Boolean) gives true
var $b : Boolean:=JSON Parse("{\"manager\":true}"; Is Boolean)
ASSERT($b=True; "gave "+String($b))
