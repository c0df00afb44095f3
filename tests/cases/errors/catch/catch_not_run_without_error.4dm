// language.md §11.4: without error the Catch block is skipped
Try
	ALERT("try body")
Catch
	ALERT("catch (must not print)")
End try
ALERT("done")
