// Doc: https://developer.4d.com/docs/commands/substring#example-1
// Substring("08/04/62";4;2) is "04", ("Emergency";1;6) is "Emerge", (var;2) drops the first character
ASSERT(Substring("08/04/62"; 4; 2)="04"; "1: "+Substring("08/04/62"; 4; 2))
ASSERT(Substring("Emergency"; 1; 6)="Emerge"; "2: "+Substring("Emergency"; 1; 6))
var $var : Text:="abc"
ASSERT(Substring($var; 2)="bc"; "3: "+Substring($var; 2))
