// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// Querying with an object reference through querySettings matches the same instance only
var $o1:={a: 1}
var $o2:={a: 1}
var $o3:=$o1
var $col; $colResult : Collection
$col:=[{o: $o1}; {o: $o2}; {o: $o3}]
$colResult:=$col.query("o = :v"; {parameters: {v: $o3}})
ASSERT($colResult.length=2; "length "+String($colResult.length))
ASSERT(($colResult[0].o=$o1) & ($colResult[1].o=$o1); "wrong elements")
