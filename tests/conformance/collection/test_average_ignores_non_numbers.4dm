// Doc: https://developer.4d.com/docs/API/CollectionClass#average
// .average() takes only numerical elements into account (example 1: 12)
var $col : Collection:=New collection(10; 20; "Monday"; True; 6)
var $vAvg : Real:=$col.average()
ASSERT($vAvg=12; "average gave "+String($vAvg))
