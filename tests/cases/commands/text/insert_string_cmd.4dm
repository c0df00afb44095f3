// language.md §12.3: Insert string(src; what; where) inserts before position where; where > length appends, < 1 prepends
ALERT(Insert string("The tree"; " green"; 4))
ALERT(Insert string("Shut"; "o"; 3))
ALERT(Insert string("Indention"; "ta"; 6))
ALERT(Insert string("abc"; "X"; 10))
ALERT(Insert string("abc"; "X"; 0))
ALERT(Insert string("abc"; ""; 2))
