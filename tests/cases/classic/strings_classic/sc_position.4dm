  // language.md §12.3: Position(find; src {; start}) is 1-based, 0 when not found
ALERT(String(Position("lo";"Hello")))
ALERT(String(Position("x";"abc")))
ALERT(String(Position("o";"foo boo";4)))
ALERT(String(Position("o";"foo boo")))
