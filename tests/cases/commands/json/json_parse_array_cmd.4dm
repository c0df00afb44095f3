// language.md §12.1: JSON Parse of an array returns a Collection
var $myCol : Collection
$myCol:=JSON Parse("[\"Monday\",10,\"Tuesday\",11,false]")
ALERT(String(Value type($myCol)))
ALERT(String($myCol.length))
ALERT(String($myCol[1]+$myCol[3]))
ALERT(JSON Stringify($myCol))
ALERT(String(JSON Parse("[]").length))
