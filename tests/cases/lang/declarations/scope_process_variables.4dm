// language.md §3.3: process variables are visible in every method of the process; locals are per call
#DECLARE($inner : Boolean)
If ($inner)
	vShared:=vShared+1
	$local:="callee"
Else 
	vShared:=10
	$local:="caller"
	scope_process_variables(True)
	ALERT(String(vShared))
	ALERT($local)
End if 
