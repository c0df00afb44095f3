// Doc: https://developer.4d.com/docs/commands/char#example
// Char(Carriage return) inserts a CR (code 13) in a text
var $t : Text:="Employees: 3"+Char(Carriage return)+"Press OK to continue."
ASSERT(Character code(Substring($t; 13; 1))=13; "no CR at 13")
ASSERT(Length($t)=34; "length "+String(Length($t)))
