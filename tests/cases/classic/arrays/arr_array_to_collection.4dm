  // 4D docs ARRAY TO COLLECTION: elements are copied; existing collection elements are replaced, length = array size
C_COLLECTION($c)
ARRAY TEXT($a;3)
$a{1}:="x"
$a{2}:="y"
$a{3}:="z"
$c:=New collection("old1";"old2";"old3";"old4";"old5")
ARRAY TO COLLECTION($c;$a)
ALERT(String($c.length))
ALERT($c.join(","))
