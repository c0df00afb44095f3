// language.md §1.7 / §12.1: object literals {key: value; "quoted key": value} build the same objects as New object
var $o : Object
var $v : Text
$v:="val"
$o:={a: 1; "b c": $v; d: [1; 2]; e: {}; f: Null}
ALERT(JSON Stringify($o))
ALERT($o["b c"])
ALERT(String(Value type($o.e)))
