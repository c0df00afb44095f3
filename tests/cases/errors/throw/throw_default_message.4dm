// language.md §11.5: throw(errorCode) without description → message "Error code: <n> (host)"
Try
	throw(50042)
Catch
	ALERT(Last errors[0].message)
	ALERT(String(Last errors[0].errCode))
End try
