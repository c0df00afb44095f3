#DECLARE($processClass : 4D.Class; $processName : Text; $port : Integer)

If ($processName=Current process name)
	$processClass.new($port)
Else 
	var $processes : Collection
	$processes:=Process activity(Processes only).processes.query("name == :1 and type == :2"; $processName; Worker process)
	If ($processes.length=0)
		CALL WORKER($processName; Current method name; $processClass; $processName; $port)
	End if 
End if 
