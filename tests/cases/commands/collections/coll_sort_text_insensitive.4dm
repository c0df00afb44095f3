// language.md §4.4 / §12.2: text sort uses the case- and accent-insensitive collation
var $c : Collection
$c:=New collection("cherry"; "banana"; "Apple"; "éclair"; "date")
$c.sort()
ALERT($c.join(","))
