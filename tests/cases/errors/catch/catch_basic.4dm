// language.md §11.4: on the first error the rest of the Try block is skipped and the Catch block runs
Try
	ALERT("try: start")
	throw(10; "ten")
	ALERT("try: must not print")
Catch
	ALERT("catch: "+String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
ALERT("after end try")
