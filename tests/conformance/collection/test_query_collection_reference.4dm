// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// Querying with a collection reference through querySettings matches the same instance only
var $c1:=[1; 2; 3]
var $c2:=[1; 2; 3]
var $c3:=$c1
var $col:=[{c: $c1}; {c: $c2}; {c: $c3}]
var $col2 : Collection:=$col.query("c = :v"; {parameters: {v: $c3}})
ASSERT($col2.length=2; "length "+String($col2.length))
ASSERT(($col2[0].c=$c1) & ($col2[1].c=$c1); "wrong elements")
