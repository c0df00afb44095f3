// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// Follows: the example's intent; its code writes {name:"Chicago") with a closing parenthesis (a typo)
// Named placeholders come from querySettings attributes and parameters
var $myCol : Collection:=New collection(New object("city"; "Chicago"); New object("city"; "Boston"))
var $o : Object:=New object
$o.attributes:={att: "city"}
$o.parameters:={name: "Chicago"}
var $c : Collection:=$myCol.query(":att=:name"; $o)
ASSERT(($c.length=1) && ($c[0].city="Chicago"); "gave "+JSON Stringify($c))
