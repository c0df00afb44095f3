// language.md §12.2: query with an object/collection reference as value (querySettings) matches the same instance
var $o1; $o2; $o3 : Object
var $col; $res : Collection
$o1:={a: 1}
$o2:={a: 1}
$o3:=$o1
$col:=[{o: $o1}; {o: $o2}; {o: $o3}]
$res:=$col.query("o = :v"; {parameters: {v: $o3}})
ALERT(String($res.length))
ALERT(String($res[0].o=$o1))
