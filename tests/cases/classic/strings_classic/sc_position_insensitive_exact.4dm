  // language.md §12.3: Position compares case- and accent-insensitively; * compares exact character codes
ALERT(String(Position("LO";"Hello")))
ALERT(String(Position("e";"café")))
ALERT(String(Position("LO";"Hello";*)))
ALERT(String(Position("lo";"Hello";*)))
