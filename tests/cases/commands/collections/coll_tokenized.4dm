// language.md §1.5 / §12.2: tokenized names inside collection code (New collection:C1472, ck descending:K85:8, Formula:C1597)
var $c : Collection
$c:=New collection:C1472(2; 3; 1)
ALERT:C41(JSON Stringify:C1217($c.orderBy(ck descending:K85:8)))
ALERT:C41(JSON Stringify:C1217($c.map(Formula:C1597($1.value*10))))
ALERT:C41(String:C10($c.sum()))
