// language.md §12.7 / §15: LOG EVENT(Into system standard outputs; msg {; level}) writes to stdout for information and warning levels
ALERT("first")
LOG EVENT(Into system standard outputs; "info line")
LOG EVENT(Into system standard outputs; "warning line"; Warning message)
LOG EVENT(Into system standard outputs; "explicit info"; Information message)
LOG EVENT(6; "numeric target")
ALERT("last")
