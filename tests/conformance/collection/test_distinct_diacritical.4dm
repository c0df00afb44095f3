// Doc: https://developer.4d.com/docs/API/CollectionClass#distinct
// .distinct(ck diacritical) is case sensitive: a, A, b, B, c
var $c : Collection:=New collection("a"; "b"; "c"; "A"; "B"; "c"; "b"; "b")
var $c2 : Collection:=$c.distinct(ck diacritical)
ASSERT($c2.length=5; "gave "+JSON Stringify($c2))
ASSERT(JSON Stringify($c2)="[\"a\",\"A\",\"b\",\"B\",\"c\"]"; "gave "+JSON Stringify($c2))
