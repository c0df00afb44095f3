// Doc: https://developer.4d.com/docs/Concepts/data-types#converting-data-types
// Time values can be treated as numbers
var $n : Real:=?00:01:00?*1
ASSERT($n=60; "gave "+String($n))
