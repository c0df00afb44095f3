// language.md §12.7: Choose evaluates every value argument, whatever the criterion
var $c : Collection
var $r : Integer
$c:=New collection
$r:=Choose(0; $c.push("first").length; $c.push("second").length)
ALERT(String($r))
ALERT($c.join(","))
