// Doc: https://developer.4d.com/docs/API/CollectionClass#orderby
// .orderBy() without parameter orders scalar values ascending
var $c : Collection:=New collection("c"; "A"; "b")
ASSERT(JSON Stringify($c.orderBy())="[\"A\",\"b\",\"c\"]"; "gave "+JSON Stringify($c.orderBy()))
