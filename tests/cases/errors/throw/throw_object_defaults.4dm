// language.md §11.5: throw(errorObj) — errCode defaults to -1, componentSignature to "host"
Try
	throw({message: "This is my error"})
Catch
	ALERT(String(Last errors[0].errCode))
	ALERT(Last errors[0].message)
	ALERT(Last errors[0].componentSignature)
End try
