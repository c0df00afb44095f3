// Doc: https://developer.4d.com/docs/commands/position#description
// Without *, ignorable control characters are not taken into account; with * Char(1) can be found
var $t : Text:="ab"+Char(1)+"c"
ASSERT(Position(Char(1); $t; *)=3; "* gave "+String(Position(Char(1); $t; *)))
