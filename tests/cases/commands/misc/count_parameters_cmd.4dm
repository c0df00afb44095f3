// language.md §7.4: Count parameters = number of arguments actually passed (0 for the script itself)
If (Count parameters>0)
	ALERT("called with "+String(Count parameters)+", first="+String($1))
	return
End if
ALERT("main: "+String(Count parameters))
count_parameters_cmd("a")
count_parameters_cmd("a"; 2; True)
ALERT("tokenized: "+String(Count parameters:C259))
