// language.md §1.5: table/field tokens [Table:3] and [Table:3]Field:2 are accepted by the parser
If (False)
	$x:=[Table:3]Field:2
	$p:=->[Table_1:1]
	$q:=->[Table_1:1]testing_only:2
End if 
ALERT("parsed")
