// Doc: https://developer.4d.com/docs/commands/json-stringify#example-6
// Follows: language.md §2 [Decision: date type]
// An object holding a date: "birthday":"1975-10-22" with the date type setting
var $Contact : Object
OB SET($Contact; "name"; "Smith"; "birthday"; !1975-10-22!)
ASSERT(JSON Stringify($Contact)="{\"name\":\"Smith\",\"birthday\":\"1975-10-22\"}"; "gave "+JSON Stringify($Contact))
