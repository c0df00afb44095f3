  // language.md §12.3: Delete string, Insert string, Change string are 1-based positional edits
ALERT(Delete string("Hello";2;3))
ALERT(Insert string("Hlo";"el";2))
ALERT(Change string("Hello";"J";1))
ALERT(Change string("abcdef";"XY";3))
