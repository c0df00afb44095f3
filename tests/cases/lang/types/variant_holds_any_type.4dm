// language.md §2: a Variant holds values of any type
var $v : Variant
$v:=1
ALERT(String(Value type($v)))
$v:="a"
ALERT(String(Value type($v)))
$v:={}
ALERT(String(Value type($v)))
$v:=[]
ALERT(String(Value type($v)))
$v:=True
ALERT(String(Value type($v)))
$v:=Null
ALERT(String(Value type($v)))
$v:=!2024-01-01!
ALERT(String(Value type($v)))
