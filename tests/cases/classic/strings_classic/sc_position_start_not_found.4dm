  // language.md §12.3: Position with start after the last occurrence returns 0; "" in "" is 0
ALERT(String(Position("a";"banana";3)))
ALERT(String(Position("a";"banana";7)))
ALERT(String(Position("";"")))
