// Doc: https://developer.4d.com/docs/API/CollectionClass#flatmap
// Follows: the Collection page's map()/flatMap() example 2 (Split string("";" ") gives []); the Split string page only says a text without the separator gives a one-element collection
// Split string of an empty text returns an empty collection
var $col : Collection:=Split string(""; " ")
ASSERT($col.length=0; "gave "+JSON Stringify($col))
