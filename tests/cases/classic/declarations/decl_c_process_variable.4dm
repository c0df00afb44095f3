  // language.md §3.2/§3.3: C_LONGINT(vTotal) declares a process variable (default 0) visible in every method of the process
C_LONGINT($1)
If (Count parameters=0)
	C_LONGINT(vDeclTotal)
	ALERT(String(vDeclTotal))
	decl_c_process_variable(5)
	decl_c_process_variable(7)
	ALERT(String(vDeclTotal))
Else 
	vDeclTotal:=vDeclTotal+$1
End if 
