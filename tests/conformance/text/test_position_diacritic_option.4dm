// Doc: https://developer.4d.com/docs/commands/position#description
// sk case insensitive takes diacritics into account; sk diacritic insensitive ignores them
var $len : Integer
ASSERT(Position("a"; "xà"; 1; $len; sk case insensitive)=0; "case insensitive found à")
ASSERT(Position("A"; "xa"; 1; $len; sk case insensitive)=2; "case insensitive")
ASSERT(Position("a"; "xà"; 1; $len; sk diacritic insensitive)=2; "diacritic insensitive")
