// language.md §11.4 / §11.7: a failed ASSERT inside Try/Catch jumps to Catch
Try
	ASSERT(Length("")>0; "text must not be empty")
	ALERT("must not print")
Catch
	ALERT("caught "+String(Last errors[0].errCode))
End try
