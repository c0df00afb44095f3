// language.md §11.5: throw({errCode: n}) without message (and no XLIFF) → "Error code: n (host)"
Try
	throw({errCode: 1})
Catch
	ALERT(Last errors[0].message)
End try
