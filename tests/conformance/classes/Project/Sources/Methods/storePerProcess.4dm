// runs in another process: its own instance of the process singleton
<>otherProc:=cs.PerProcess.me.proc
