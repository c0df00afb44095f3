// Doc: https://developer.4d.com/docs/API/CollectionClass#extract
// Follows: the 4-argument result of example 2 ([{Zip:35060},{City:null,Zip:35049},…]); its 2-argument line lists 6 results for 7 objects
// .extract(path; target; path2; target2) builds objects with the target properties (example 2)
var $c : Collection:=New collection
$c.push(New object("zc"; 35060))
$c.push(New object("name"; Null; "zc"; 35049))
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
var $c2 : Collection:=$c.extract("name"; "City"; "zc"; "Zip")
ASSERT(JSON Stringify($c2)="[{\"Zip\":35060},{\"City\":null,\"Zip\":35049},{\"City\":\"Cleveland\",\"Zip\":35049}]"; "gave "+JSON Stringify($c2))
