// language.md §12.7: TRACE (and BEEP) are no-ops for the interpreter
ALERT("before")
TRACE
TRACE:C157
BEEP
ALERT("after")
