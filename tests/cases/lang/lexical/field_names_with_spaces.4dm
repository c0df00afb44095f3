// language.md §1.5 (tokenized exports): a field name may contain spaces when its token number follows (`[Colegio:31]Rol Base Datos:9`)
If (False)
	$rolBD:=[Colegio:31]Rol Base Datos:9
	If (([Colegio:31]Codigo_Pais:31="cl") & ([Colegio:31]Rol Base Datos:9="77178"))
		APPEND TO ARRAY:C911(<>aLinks;->[Colegio:31]Rol Base Datos:9)
	End if 
End if 
ALERT("parsed")
