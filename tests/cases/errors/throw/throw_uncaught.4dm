// language.md §11.1 / §15: an uncaught throw aborts the script — exit 1, message on stderr, earlier output kept
ALERT("before throw")
throw(77; "boom uncaught")
ALERT("must not print")
