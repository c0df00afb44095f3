// Doc: https://developer.4d.com/docs/commands/ob-entries#example
// OB Entries gives {key;value} objects: average 36.5, 4 persons, 3 over 25 (John-Mary-Paul)
var $persons : Object:=New object
$persons["John"]:=42
$persons["Andy"]:=24
$persons["Mary"]:=30
$persons["Paul"]:=50
ASSERT(OB Values($persons).average()=36.5; "average "+String(OB Values($persons).average()))
ASSERT(OB Keys($persons).length=4; "count")
var $ages : Collection:=OB Entries($persons).query("value>:1"; 25)
ASSERT($ages.length=3; "over 25: "+String($ages.length))
ASSERT($ages.extract("key").join("-")="John-Mary-Paul"; "names "+$ages.extract("key").join("-"))
