// Doc: https://developer.4d.com/docs/commands/on-err-call#example-2
// A handler copies Error into a process variable; the failing method then reads it
gError:=0
ON ERR CALL("IO_ERROR_HANDLER")
throw(-43; "file not found")
ON ERR CALL("")
ASSERT(gError=-43; "gError "+String(gError))
