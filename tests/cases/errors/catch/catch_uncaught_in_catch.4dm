// language.md §11.4 / §15: an error raised in a Catch with no enclosing handler is uncaught — exit 1, earlier output kept
ALERT("before")
Try
	throw(1; "first")
Catch
	ALERT("in catch")
	throw(2; "raised in catch")
	ALERT("must not print")
End try
ALERT("must not print either")
