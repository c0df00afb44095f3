// language.md §5: If (A & B) evaluates both A and B
$log:=[]
If (False & ($log.push("B").length>0))
	ALERT("never")
Else 
	ALERT("false")
End if 
ALERT(String($log.length))
