  // language.md §5: a Begin SQL block in a branch that does not run only needs to parse
C_TEXT($name)
If (False)
	Begin SQL
		SELECT Name FROM People INTO :$name;
	End SQL
End if 
ALERT("parsed")
