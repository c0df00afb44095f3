  // 4D docs ARRAY TO COLLECTION: with property names, builds a collection of objects
C_COLLECTION($c)
ARRAY TEXT($names;2)
ARRAY LONGINT($ages;2)
$names{1}:="Ann"
$ages{1}:=31
$names{2}:="Bob"
$ages{2}:=42
$c:=New collection
ARRAY TO COLLECTION($c;$names;"name";$ages;"age")
ALERT(String($c.length))
ALERT($c[1].name+" "+String($c[1].age))
