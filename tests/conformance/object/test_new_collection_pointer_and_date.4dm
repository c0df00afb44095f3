// Doc: https://developer.4d.com/docs/commands/new-collection#example-2
// Follows: language.md §2 [Decision: date type]; the example shows an ISO date-time text (the other setting)
// A pointer is kept as is (evaluated by JSON Stringify); a date stays a date
var myPtr : Text:="pointed"
var $filledColl : Collection:=New collection(33; "mike"; "november"; ->myPtr; !2017-03-28!)
ASSERT(Value type($filledColl[3])=Is pointer; "pointer type "+String(Value type($filledColl[3])))
ASSERT(Value type($filledColl[4])=Is date; "date type "+String(Value type($filledColl[4])))
ASSERT(JSON Stringify($filledColl)="[33,\"mike\",\"november\",\"pointed\",\"2017-03-28\"]"; "gave "+JSON Stringify($filledColl))
