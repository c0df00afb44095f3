// language.md §12.3: Position is case- and accent-insensitive by default, exact with *; no @ wildcard
ALERT(String(Position("WORLD"; "hello world")))
ALERT(String(Position("é"; "cafe")))
ALERT(String(Position("é"; "cafe"; *)))
ALERT(String(Position("e"; "café"; *)))
ALERT(String(Position("abc@"; "xxabc@")))
ALERT(String(Position("a@c"; "abc")))
