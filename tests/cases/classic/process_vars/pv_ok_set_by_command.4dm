  // language.md §3.3/§12.6: CONVERT FROM TEXT sets the system variable OK (1 success, 0 failure)
C_BLOB($b)
OK:=0
CONVERT FROM TEXT("abc";"UTF-8";$b)
ALERT(String(OK))
ALERT(String(BLOB size($b)))
CONVERT FROM TEXT("abc";"no-such-charset";$b)
ALERT(String(OK))
