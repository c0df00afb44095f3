// Doc: https://developer.4d.com/docs/commands/json-parse#example-1
// xfail: JSON Parse(object text; Is Boolean) gives False; the page says true (fourd converts an object to Boolean as Bool does)
// JSON Parse("{\"manager\":true}";Is Boolean) gives true
var $b : Boolean:=JSON Parse("{\"manager\":true}"; Is Boolean)
ASSERT($b=True; "gave "+String($b))
