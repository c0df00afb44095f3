// Doc: https://developer.4d.com/docs/commands/on-err-call#description
// An ek global handler catches errors; a local handler of the process takes priority
gCount:=0
gError:=0
ON ERR CALL("recordError"; ek global)
throw(11)
ASSERT(gCount=1; "global handler not called")
ON ERR CALL("IO_ERROR_HANDLER"; ek local)
throw(12)
ASSERT(gCount=1; "global handler called despite a local one")
ASSERT(gError=12; "local handler not called: "+String(gError))
ON ERR CALL(""; ek local)
ON ERR CALL(""; ek global)
