// language.md §3.3: interprocess <>variables are shared too
#DECLARE($inner : Boolean)
If ($inner)
	<>gCount:=<>gCount*2
Else 
	<>gCount:=21
	scope_interprocess_variables(True)
	ALERT(String(<>gCount))
End if 
