  // language.md §7.3: $0 may return an object or a collection
C_TEXT($1)
C_VARIANT($0)
C_OBJECT($o)
If (Count parameters=0)
	$o:=lm_dollar0_object_collection("obj")
	ALERT($o.kind)
	ALERT(String(lm_dollar0_object_collection("col").length))
Else 
	If ($1="obj")
		$0:=New object("kind";"object")
	Else 
		$0:=New collection(1;2;3)
	End if 
End if 
