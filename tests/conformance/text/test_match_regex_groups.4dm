// Doc: https://developer.4d.com/docs/commands/match-regex#example-3
// Arrays receive the whole match in element 0 and the capture groups after
ARRAY LONGINT(pos_found_array; 0)
ARRAY LONGINT(length_found_array; 0)
var $t : Text:="somestuffhere"
var vfound : Boolean:=Match regex("(.*)stuff(.*)"; $t; 1; pos_found_array; length_found_array)
ASSERT(vfound; "no match")
ASSERT(Substring($t; pos_found_array{1}; length_found_array{1})="some"; "group1")
ASSERT(Substring($t; pos_found_array{2}; length_found_array{2})="here"; "group2")
