// language.md §11.4 / §11.6: Last errors describes the error in Catch; a later successful Try resets it to null
Try
	throw(21; "in block")
Catch
	ALERT(String(Last errors[0].errCode))
End try
Try(True)
ALERT(String(Last errors=Null))
