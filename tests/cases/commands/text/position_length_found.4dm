// language.md §12.3: Position(find; src; start; lengthFound) returns the length of the occurrence found
var $len : Integer
ALERT(String(Position("lo"; "Hello World"; 1; $len)))
ALERT(String($len))
ALERT(String(Position("œ"; "Bœuf"; 1; $len)))
ALERT(String($len))
ALERT(String(Position("o"; "Hello World"; 6; $len; *)))
