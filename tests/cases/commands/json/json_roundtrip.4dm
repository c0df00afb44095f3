// language.md §12.1: Stringify(Parse(text)) gives back compact JSON in the same property order
var $json : Text
$json:="{\"b\":1,\"a\":[1,2.5,\"x\",null,{\"c\":false}],\"z\":{}}"
ALERT(JSON Stringify(JSON Parse($json)))
ALERT(String(JSON Stringify(JSON Parse($json))=$json))
