// Doc: https://developer.4d.com/docs/commands/char#description
// Char takes a UTF-16 code: Char(65) is "A", Char(233) is "é"
ASSERT(Character code(Char(65))=65; "A")
ASSERT(Character code(Char(233))=233; "é")
ASSERT(Character code(Char(8364))=8364; "€")
