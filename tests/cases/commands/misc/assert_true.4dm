// language.md §11.7: ASSERT(True) does nothing; Asserted returns the Boolean
ASSERT(True)
ASSERT(1=1; "never shown")
ALERT("assertions passed")
ALERT(String(Asserted(2>1)))
ALERT(String(Asserted(True; "msg")))
