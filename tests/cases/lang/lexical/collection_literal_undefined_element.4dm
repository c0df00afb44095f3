// language.md §1.7: an undefined element in a collection literal becomes Null
$o:={}
$c:=[1; $o.missing; 3]
ALERT(JSON Stringify($c))
ALERT(String($c.length))
ALERT(String(Value type($c[1])))
