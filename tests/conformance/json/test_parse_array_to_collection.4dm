// Doc: https://developer.4d.com/docs/commands/json-parse#example-5
// A JSON array becomes a 4D collection
var $myCol : Collection:=JSON Parse("[\"Monday\",10,\"Tuesday\",11,\"Wednesday\",12,false]")
ASSERT($myCol.length=7; "length "+String($myCol.length))
ASSERT(($myCol[0]="Monday") & ($myCol[1]=10) & ($myCol[6]=False); "gave "+JSON Stringify($myCol))
