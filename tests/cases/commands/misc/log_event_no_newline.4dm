// language.md §15 (revised): LOG EVENT(Into system standard outputs; msg) writes msg exactly as given, adding no newline
LOG EVENT(Into system standard outputs; "a")
LOG EVENT(Into system standard outputs; "b")
LOG EVENT(Into system standard outputs; "c\r\n")
LOG EVENT(Into system standard outputs; "")
LOG EVENT(Into system standard outputs; "=== Summary ===\r\n"; Information message)
ALERT("end")
