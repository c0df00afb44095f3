// language.md §11.3: nested Try — an error returns control to the innermost active Try only
#DECLARE($mode : Text)
If ($mode="inner")
	Try(throw(1; "inner error"))
	ALERT("inner caught "+String(Last errors[0].errCode))
	ALERT("inner continues")
	return
End if
Try(try_nested("inner"))
ALERT("outer continues")
