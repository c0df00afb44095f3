  // language.md §3.3: a process variable is visible in every method running in the process
C_TEXT($1)
If (Count parameters=0)
	vPvShared:=1
	pv_shared_with_called_method("add")
	ALERT(String(vPvShared))
	pv_shared_with_called_method("show")
Else 
	Case of 
		: ($1="add")
			vPvShared:=vPvShared+10
		: ($1="show")
			ALERT("callee sees "+String(vPvShared))
	End case 
End if 
