  // language.md §3.3/§2: a process variable holding an object is shared; the callee mutates the same object
C_LONGINT($1)
If (Count parameters=0)
	vPvObj:=New object("hits";0)
	pv_object_reference(1)
	pv_object_reference(1)
	ALERT(String(vPvObj.hits))
Else 
	vPvObj.hits:=vPvObj.hits+1
End if 
