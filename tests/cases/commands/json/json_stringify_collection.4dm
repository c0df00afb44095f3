// language.md §12.1: JSON Stringify of a collection (dates with the date-type setting)
var $myCol : Collection
$myCol:=New collection(33; "mike"; !2017-08-28!; False)
ALERT(JSON Stringify($myCol))
ALERT(JSON Stringify(New collection))
ALERT(JSON Stringify(New collection(New collection; New object)))
