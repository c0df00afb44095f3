// language.md §11.5: throw(errorObj) with errCode and message
Try
	throw({errCode: 1; message: "This an error"})
Catch
	ALERT(String(Last errors[0].errCode))
	ALERT(Last errors[0].message)
	ALERT(Last errors[0].componentSignature)
End try
