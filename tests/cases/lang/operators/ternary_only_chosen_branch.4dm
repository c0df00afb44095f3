// language.md §4.6: only the chosen branch is evaluated
$o:=Null
ALERT(True ? "safe" : $o.x)
ALERT(False ? $o.x : "also safe")
$log:=[]
$r:=True ? $log.push("yes") : $log.push("no")
ALERT(JSON Stringify($log))
