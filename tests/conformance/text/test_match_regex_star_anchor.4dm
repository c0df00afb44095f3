// Doc: https://developer.4d.com/docs/commands/match-regex#example-4
// With *, the pattern must match at the start position
var $pos_found; $length_found : Integer
ASSERT(Match regex("a.b"; "---a-b---"; 1; $pos_found; $length_found); "1")
ASSERT(Not(Match regex("a.b"; "---a-b---"; 1; $pos_found; $length_found; *)); "2")
ASSERT(Match regex("a.b"; "---a-b---"; 4; $pos_found; $length_found; *); "3")
