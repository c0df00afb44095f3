// Doc: https://developer.4d.com/docs/commands/json-parse#description
// With *, the object gets a __symbols property giving each property's line and offset
var $o : Object:=JSON Parse("{\n\"alpha\": 4552,\n\"beta\": 1\n}"; *)
ASSERT($o.alpha=4552; "alpha")
ASSERT($o.__symbols#Null; "no __symbols")
ASSERT($o.__symbols.beta.line=3; "beta line "+String($o.__symbols.beta.line))
