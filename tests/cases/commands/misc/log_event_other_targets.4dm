// language.md §12.7: LOG EVENT without target (Into Windows log events) or to 4D logs never writes to stdout
ALERT("start")
LOG EVENT("default target")
LOG EVENT(Into 4D debug message; "debug target")
ALERT("end")
