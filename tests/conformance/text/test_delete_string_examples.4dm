// Doc: https://developer.4d.com/docs/commands/delete-string#example
// Delete string("Lamborghini";6;6) "Lambo", ("Indentation";6;2) "Indention", (v;3;32000) first two chars
ASSERT(Delete string("Lamborghini"; 6; 6)="Lambo"; "1: "+Delete string("Lamborghini"; 6; 6))
ASSERT(Delete string("Indentation"; 6; 2)="Indention"; "2: "+Delete string("Indentation"; 6; 2))
var vtOtherVar : Text:="abcdef"
ASSERT(Delete string(vtOtherVar; 3; 32000)="ab"; "3: "+Delete string(vtOtherVar; 3; 32000))
