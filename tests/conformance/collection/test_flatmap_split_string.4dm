// Doc: https://developer.4d.com/docs/API/CollectionClass#flatmap
// .flatMap(Split string) flattens the words; the empty string contributes nothing (example 2)
var $col : Collection:=New collection("Hello how"; ""; "are you ?")
var $result : Collection:=$col.map(Formula(Split string($1.value; " ")))
ASSERT(JSON Stringify($result)="[[\"Hello\",\"how\"],[],[\"are\",\"you\",\"?\"]]"; "map gave "+JSON Stringify($result))
$result:=$col.flatMap(Formula(Split string($1.value; " ")))
ASSERT(JSON Stringify($result)="[\"Hello\",\"how\",\"are\",\"you\",\"?\"]"; "flatMap gave "+JSON Stringify($result))
