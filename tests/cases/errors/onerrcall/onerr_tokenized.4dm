// language.md §1.5 / §11.2: ON ERR CALL:C155 and throw:C1805 tokenized forms
#DECLARE($mode : Text)
If (Count parameters=0) & (Num(Error)#0)
	// called by ON ERR CALL (no parameters, Error is set)
	ALERT("handler: "+String(Error))
	return
End if
ON ERR CALL:C155("onerr_tokenized")
throw:C1805(64; "tok")
ON ERR CALL:C155("")
ALERT:C41("end")
