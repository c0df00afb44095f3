// language.md §5: after the first true branch the remaining branches are skipped
$log:=[]
Case of 
	: ($log.push("a").length=1)
		ALERT("one")
	: ($log.push("b").length=2)
		ALERT("two")
End case 
ALERT(JSON Stringify($log))
