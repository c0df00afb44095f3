// language.md §3.1: inferred types: text literal -> Text, {} -> Object, [] -> Collection
var $t:="x"
var $o:={}
var $c:=[]
ALERT(String(Type($t)))
ALERT(String(Type($o)))
ALERT(String(Type($c)))
$o.a:=1
$c.push(1)
ALERT(JSON Stringify($o))
ALERT(JSON Stringify($c))
