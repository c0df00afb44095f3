  // 4D docs Pointer operators + language.md §3.3: ->vX built in the callee equals ->vX built in the caller (same process variable)
C_POINTER($1)
C_BOOLEAN($0)
If (Count parameters=0)
	vPtrSame:=1
	ALERT(String(ptr_process_var_same_in_callee(->vPtrSame)))
Else 
	$0:=($1=(->vPtrSame))
End if 
