// Doc: https://developer.4d.com/docs/commands/new-collection#example-3
// New collection("a";"b";"c") then $coll[9]:="z" gives 10 elements, the gap filled with null
var $myCol : Collection:=New collection
ASSERT(JSON Stringify($myCol)="[]"; "empty")
var $coll : Collection:=New collection("a"; "b"; "c")
$coll[9]:="z"
ASSERT($coll.length=10; "length "+String($coll.length))
ASSERT(JSON Stringify($coll)="[\"a\",\"b\",\"c\",null,null,null,null,null,null,\"z\"]"; "gave "+JSON Stringify($coll))
