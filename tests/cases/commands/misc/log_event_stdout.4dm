// language.md §12.7 / §15: LOG EVENT(Into system standard outputs; msg {; level}) writes to stdout for information and warning levels
ALERT("first")
LOG EVENT(Into system standard outputs; "info line\n")
LOG EVENT(Into system standard outputs; "warning line\n"; Warning message)
LOG EVENT(Into system standard outputs; "explicit info\n"; Information message)
LOG EVENT(6; "numeric target\n")
ALERT("last")
