  // 4D docs COLLECTION TO ARRAY: with property names, each array receives that property of every object
C_COLLECTION($c)
$c:=New collection
$c.push(New object("city";"Paris";"zip";75000))
$c.push(New object("city";"Lyon";"zip";69000))
ARRAY TEXT($cities;0)
ARRAY LONGINT($zips;0)
COLLECTION TO ARRAY($c;$cities;"city";$zips;"zip")
ALERT(String(Size of array($cities))+" "+String(Size of array($zips)))
ALERT($cities{2}+" "+String($zips{2}))
