// Doc: https://developer.4d.com/docs/API/CollectionClass#push
// .push() appends one or more elements and returns the edited collection
var $col : Collection:=New collection(1; 2)
$col.push(3)
$col.push(6; New object("firstname"; "John"; "lastname"; "Smith"))
ASSERT(JSON Stringify($col)="[1,2,3,6,{\"firstname\":\"John\",\"lastname\":\"Smith\"}]"; "gave "+JSON Stringify($col))
