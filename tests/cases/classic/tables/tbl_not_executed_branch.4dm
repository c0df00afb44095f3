  // table/field references in code that does not run only need to parse
C_BOOLEAN($useDb)
$useDb:=False
If ($useDb)
	[People]Name:="x"
	ALERT([People:1]Name:2)
End if 
ALERT("ran without database")
