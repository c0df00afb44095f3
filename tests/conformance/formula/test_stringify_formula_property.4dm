// Doc: https://developer.4d.com/docs/commands/formula#example-6
// Follows: the example's comment calc:"[object Formula]" (language.md §12.1: exact form otherwise undocumented)
// A formula property is serialized as "[object Formula]"
var $feta : Object:=New object("name"; "Feta")
$feta.calc:=Formula(1)
ASSERT(JSON Stringify($feta)="{\"name\":\"Feta\",\"calc\":\"[object Formula]\"}"; "gave "+JSON Stringify($feta))
