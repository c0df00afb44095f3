// 4d/docs json-parse.md example 6: with *, an object gets __symbols (path -> line, offset)
var $t:="{\n    \"alpha\": 4552,\n    \"beta\": [\n        {\n            \"echo\": 45,\n            \"delta\": \"text1\" \n        },\n        {\n            \"echo\": 52,\n            \"golf\": \"text2\" \n        }\n    ]\n}"
var $o:=JSON Parse($t; Is object; *)
ALERT(JSON Stringify($o.__symbols))
ALERT(String($o.alpha))
var $s:=JSON Parse("{\"a\":{\"b\":1}}"; *)
ALERT(JSON Stringify($s))
// * is ignored when the result is not an object
ALERT(JSON Stringify(JSON Parse("[{\"a\":1}]"; *)))
ALERT(JSON Stringify(JSON Parse("{\"a\":1}")))
