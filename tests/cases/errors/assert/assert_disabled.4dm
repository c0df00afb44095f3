// language.md §11.7: SET ASSERT ENABLED(False) disables assertions (Asserted then only returns the value); True re-enables them
SET ASSERT ENABLED(False)
ASSERT(False)
ALERT("ASSERT ignored")
ALERT(String(Asserted(False)))
ALERT(String(Last errors=Null))
SET ASSERT ENABLED(True)
Try(ASSERT(False))
ALERT(String(Last errors[0].errCode))
