// Doc: https://developer.4d.com/docs/commands/json-stringify#example-2
// Quotes in a string are escaped; JSON Parse of the result gives the string back
var $s : Text:=JSON Stringify("{\"name\":\"john\"}")
ASSERT($s="\"{\\\"name\\\":\\\"john\\\"}\""; "gave "+$s)
var $p : Text:=JSON Parse($s)
ASSERT($p="{\"name\":\"john\"}"; "parse gave "+$p)
ASSERT(JSON Parse($p).name="john"; "parsing the inner text")
