// language.md §12.7 / §15: LOG EVENT(Into system standard outputs; msg; Error message) writes to stderr, not stdout
ALERT("before")
LOG EVENT(Into system standard outputs; "something bad happened\n"; Error message)
ALERT("after")
