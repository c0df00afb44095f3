// language.md §11.4: a deferred error thrown directly in the Try block lets the block finish and the Catch block is not executed
#DECLARE($mode : Text)
If ($mode="body")
	Try
		throw({errCode: 43; message: "deferred here"; deferred: True})
		ALERT("try block finishes")
	Catch
		ALERT("catch (must not print)")
	End try
	return
End if
Try(catch_deferred_in_block("body"))
ALERT("main done")
