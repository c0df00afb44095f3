// Doc: https://developer.4d.com/docs/API/CollectionClass#sort
// .sort() is numerical; .sort(Formula(String…<String…)) is alphabetical (example 3)
var $col : Collection:=New collection(33; 4; 66; 1111; 222)
ASSERT(JSON Stringify($col.sort())="[4,33,66,222,1111]"; "numerical "+JSON Stringify($col))
ASSERT(JSON Stringify($col.sort(Formula(String($1.value)<String($1.value2))))="[1111,222,33,4,66]"; "alphabetical "+JSON Stringify($col))
