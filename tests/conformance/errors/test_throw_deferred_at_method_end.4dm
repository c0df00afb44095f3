// Doc: https://developer.4d.com/docs/commands/throw#example-5
// A deferred throw lets the method go on; the error is raised when it returns
#DECLARE($inner : Boolean)
If (Count parameters=0)
	gReached:=False
	var $code : Integer:=0
	Try
		test_throw_deferred_at_method_end(True)
	Catch
		$code:=Last errors[0].errCode
	End try
	ASSERT(gReached; "the method stopped at the deferred throw")
	ASSERT($code=-1; "code "+String($code))
Else
	throw({message: "This is my error"; deferred: True})
	gReached:=True
End if
