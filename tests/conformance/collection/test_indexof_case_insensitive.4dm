// Doc: https://developer.4d.com/docs/API/CollectionClass#indexof
// .indexOf() applies the equality operator rules: text is case-insensitive
var $col : Collection:=New collection("a"; "Henry")
ASSERT($col.indexOf("HENRY")=1; "gave "+String($col.indexOf("HENRY")))
