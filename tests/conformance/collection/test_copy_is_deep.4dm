// Doc: https://developer.4d.com/docs/API/CollectionClass#copy
// .copy() returns a deep copy: nested objects share no reference with the original
var $col : Collection:=New collection(New object("alpha"; "Hello"; "num"; 1))
var $col2 : Collection:=$col.copy()
$col2[0].alpha:="World"
ASSERT($col[0].alpha="Hello"; "original changed to "+$col[0].alpha)
ASSERT($col2[0]#$col[0]; "nested object shared")
