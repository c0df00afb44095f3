// language.md §4.5: && and || evaluate the right operand only when needed
$o:=Null
ALERT(String(($o#Null) && ($o.x=1)))
ALERT(String(($o=Null) || ($o.x=1)))
$log:=[]
$r:=False && $log.push("a")
$r:=True || $log.push("b")
$r:=True && $log.push("c")
$r:="" || $log.push("d")
ALERT(JSON Stringify($log))
