// language.md §11.4: nested Try/Catch — the inner Catch handles the error, the outer Catch is not run
Try
	Try
		throw(1; "inner")
	Catch
		ALERT("inner catch "+String(Last errors[0].errCode))
	End try
	ALERT("outer try continues")
Catch
	ALERT("outer catch (must not print)")
End try
ALERT("end")
