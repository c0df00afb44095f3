// Doc: https://developer.4d.com/docs/commands/new-collection#description
// Follows: language.md §2 [Decision: seconds] (OB SET page); this page says milliseconds, the legacy setting
// A time in a collection is stored as a number
var $c : Collection:=New collection(?00:01:00?)
ASSERT(Value type($c[0])=Is real; "type "+String(Value type($c[0])))
ASSERT($c[0]=60; "gave "+String($c[0]))
