// Doc: https://developer.4d.com/docs/commands/json-stringify#example-7
// Follows: language.md §2 [Decision: date type]; the example writes the date as !28/08/2017! (a French system format)
// With the date type setting, dates become "yyyy-mm-dd": [33,"mike","2017-08-28",false]
var $myCol : Collection:=New collection(33; "mike"; !2017-08-28!; False)
var $myTxtCol : Text:=JSON Stringify($myCol)
ASSERT($myTxtCol="[33,\"mike\",\"2017-08-28\",false]"; "gave "+$myTxtCol)
