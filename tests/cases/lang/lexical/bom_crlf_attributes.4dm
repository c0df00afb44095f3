//%attributes = {"invisible":true}
// language.md §1.1: BOM + CRLF + attributes header together
If (True)
	ALERT("first")
End if 
ALERT("Grüße")