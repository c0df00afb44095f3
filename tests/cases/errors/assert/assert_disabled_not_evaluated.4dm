// 4D doc SET ASSERT ENABLED (language.md §11.7): when assertions are disabled, the ASSERT expression is not evaluated
#DECLARE($mode : Text) : Boolean
If ($mode="probe")
	ALERT("probe evaluated")
	return False
End if
SET ASSERT ENABLED(False)
ASSERT(assert_disabled_not_evaluated("probe"))
ALERT("after disabled ASSERT")
SET ASSERT ENABLED(True)
Try(ASSERT(assert_disabled_not_evaluated("probe")))
ALERT(String(Last errors[0].errCode))
