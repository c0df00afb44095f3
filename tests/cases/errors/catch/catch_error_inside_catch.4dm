// language.md §11.4: an error raised inside a Catch block goes to the enclosing Try
Try
	Try
		throw(1; "first")
	Catch
		ALERT("inner catch")
		throw(2; "second")
		ALERT("inner catch: must not print")
	End try
	ALERT("outer try: must not print")
Catch
	ALERT("outer catch sees 2: "+String(Last errors.extract("errCode").includes(2)))
End try
ALERT("end")
