// Doc: https://developer.4d.com/docs/API/CollectionClass#find
// .find() returns the first matching object (example 2: {name:Clanton,zc:35046})
var $c : Collection:=New collection
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Clanton"; "zc"; 35046))
$c.push(New object("name"; "Clanton"; "zc"; 35045))
var $c2 : Object:=$c.find(Formula($1.value.name=$2); "Clanton")
ASSERT($c2.zc=35046; "gave "+JSON Stringify($c2))
