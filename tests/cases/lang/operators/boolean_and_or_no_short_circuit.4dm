// language.md §4.3: & and | always evaluate both operands
$log:=[]
$r:=False & ($log.push("a").length>0)
ALERT(String($r))
$r:=True | ($log.push("b").length>0)
ALERT(String($r))
ALERT(JSON Stringify($log))
