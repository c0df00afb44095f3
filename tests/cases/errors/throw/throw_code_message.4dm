// language.md §11.5: throw(errorCode; description) — immediate error with that code and message, componentSignature "host"
Try
	throw(50042; "This is a custom error")
Catch
	ALERT(String(Last errors[0].errCode))
	ALERT(Last errors[0].message)
	ALERT(Last errors[0].componentSignature)
End try
