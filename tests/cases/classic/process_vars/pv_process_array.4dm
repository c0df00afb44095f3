  // language.md §3.2/§3.3: a process array (plain name) is shared with the methods of the process
C_TEXT($1)
If (Count parameters=0)
	ARRAY TEXT(atPvList;0)
	pv_process_array("one")
	pv_process_array("two")
	ALERT(String(Size of array(atPvList))+" "+atPvList{1}+" "+atPvList{2})
Else 
	APPEND TO ARRAY(atPvList;$1)
End if 
