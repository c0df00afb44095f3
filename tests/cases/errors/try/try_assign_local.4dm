// language.md §11.3: Try($x:=expr) assigns $x when expr succeeds, leaves it unchanged and returns undefined when it fails
$x:=5
$r:=Try($x:=JSON Parse("{bad"))
ALERT(String($x)+" "+String(Undefined($r))+" "+String(Last errors.length))
$r:=Try($x:=JSON Parse("7"))
ALERT(String($x)+" "+String($r)+" "+String(Last errors=Null))
