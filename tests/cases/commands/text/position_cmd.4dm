// language.md §12.3: Position(find; src {; start}) — 1-based or 0; "" in "" → 0
ALERT(String(Position("ll"; "Willow")))
ALERT(String(Position("day"; "Today is the first day"; 1)))
ALERT(String(Position("day"; "Today is the first day"; 4)))
ALERT(String(Position("DAY"; "Today is the first day"; 1; *)))
ALERT(String(Position("xyz"; "Willow")))
ALERT(String(Position(""; "")))
ALERT(String(Position("a"; "")))
ALERT(String(Position("ll"; "Willow"; 4)))
