// Doc: https://developer.4d.com/docs/Concepts/variables#process-variables
// A process variable is accessible to every method called in the process
#DECLARE($set : Boolean)
If (Count parameters=0)
	vCounter:=1
	test_process_variable_shared_by_methods(True)
	ASSERT(vCounter=2; "gave "+String(vCounter))
Else
	vCounter:=vCounter+1
End if
